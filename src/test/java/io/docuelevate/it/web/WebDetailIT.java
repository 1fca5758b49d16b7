package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The document detail page and the duplicates page in a real browser under the production security headers:
 * preview, text and downloads of a processed PDF, a metadata correction found by search, a failed step retried
 * from the page, the notice on a PDF that had to be repaired, deletion, groups of identical uploads, and another
 * user seeing the not-found page.
 */
class WebDetailIT {

    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static String user;
    private static String otherUser;
    private static ApiSession api;
    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        user = "detail-" + suffix;
        otherUser = "detail-other-" + suffix;
        ApiSession admin = ApiSession.admin(WebUi.server());
        admin.createUser(user, PASSWORD, false);
        admin.createUser(otherUser, PASSWORD, false);
        api = ApiSession.signIn(WebUi.server(), user, PASSWORD);
    }

    @Test
    void theDetailPageShowsPreviewTextAndDownloadsAndSavesMetadataThatSearchFinds() {
        String marker = "Gardenshed " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = TestDocuments.textPdf("Invoice for garden tools", marker, "Total 118.00 EUR");
        long id = api.upload("garden.pdf", pdf);
        assertEquals("completed", Documents.status(api.awaitTerminal(id, PROCESSING)));

        ui.signIn(user, PASSWORD);
        ui.open("/document?id=" + id);
        WebDriver browser = ui.driver();
        assertTrue(
                browser.findElement(By.id("preview-frame"))
                        .getAttribute("src")
                        .contains("/api/files/" + id + "/preview"),
                "the PDF is previewed inline");
        assertTrue(browser.findElement(By.id("document-text")).getText().contains(marker), "the extracted text");
        List<Object> original =
                fetchInPage(browser.findElement(By.id("download-original")).getAttribute("href"));
        assertEquals(200L, original.get(0), "original download");
        assertEquals((long) pdf.length, original.get(1), "the original's bytes, unchanged");
        List<Object> processed =
                fetchInPage(browser.findElement(By.id("download-processed")).getAttribute("href"));
        assertEquals(200L, processed.get(0), "processed download");
        assertEquals("%PDF", processed.get(2), "the processed file is a PDF");
        assertTrue(browser.findElements(By.id("repair-notice")).isEmpty(), "a sound PDF has no repair notice");
        ui.checkPage("document");

        String word =
                "Quillborough" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        fill("metadata:correspondent", word);
        fill("metadata:confidenceScore", "500");
        browser.findElement(By.id("metadata:save")).click();
        Poll.until(
                PROCESSING,
                "the confidence refused next to its field",
                () -> browser.findElements(By.cssSelector("#metadata .field-error"))
                                .isEmpty()
                        ? null
                        : true);
        assertTrue(browser.findElement(By.cssSelector("#metadata .field-error"))
                .getText()
                .contains("0 to 100"));
        assertEquals(word, browser.findElement(By.id("metadata:correspondent")).getAttribute("value"), "input kept");

        fill("metadata:confidenceScore", "90");
        browser.findElement(By.id("metadata:save")).click();
        Poll.until(
                PROCESSING,
                "the saved notice",
                () -> browser.findElements(By.id("page-notice")).isEmpty() ? null : true);
        assertEquals(word, browser.findElement(By.id("metadata:correspondent")).getAttribute("value"));
        assertEquals(
                word,
                api.get("/api/files/" + id).json().getJsonObject("ai_metadata").getString("correspondent"));
        Poll.until(
                PROCESSING,
                "the corrected correspondent found by search",
                () -> api.get("/api/search?q=" + word.toLowerCase(Locale.ROOT)).json().getJsonArray("results").stream()
                                .map(JsonValue::asJsonObject)
                                .anyMatch(hit -> hit.getJsonNumber("file_id").longValue() == id)
                        ? true
                        : null);
    }

    @Test
    void aFailedStepIsRetriedFromThePageAndItsStatusChanges() {
        long id = api.upload("locked.pdf", TestDocuments.encryptedPdf());
        assertEquals("failed", Documents.status(api.awaitTerminal(id, PROCESSING)));

        ui.signIn(user, PASSWORD);
        ui.open("/document?id=" + id);
        WebDriver browser = ui.driver();
        By step = By.cssSelector("#timeline li[data-step='check_text']");
        assertEquals("failure", browser.findElement(step).getAttribute("data-status"));
        assertTrue(browser.findElement(step).getText().contains("password"), "the error in words");
        String startedBefore = browser.findElement(step).getAttribute("data-started");
        ui.checkPage("document-failed");

        browser.findElement(By.cssSelector("#timeline li[data-step='check_text'] button.retry"))
                .click();
        Poll.until(
                PROCESSING,
                "the retry announced",
                () -> browser.findElement(By.id("live-status")).getText().isEmpty() ? null : true);
        String startedAfter = Poll.until(PROCESSING, "the step run again and failed again", () -> {
            List<Object> row = stepState("check_text");
            return row != null
                            && "failure".equals(row.get(0))
                            && !"".equals(row.get(1))
                            && !startedBefore.equals(row.get(1))
                    ? (String) row.get(1)
                    : null;
        });
        assertFalse(startedAfter.equals(startedBefore), "a new attempt");
        long failures = api.get("/api/files/" + id).json().getJsonArray("logs").stream()
                .map(JsonValue::asJsonObject)
                .filter(log -> "check_text".equals(log.getString("step_name", ""))
                        && "failure".equals(log.getString("status", "")))
                .count();
        assertTrue(failures >= 2, "the step ran twice: " + failures + " failures logged");
        ui.assertCleanConsole("document-retried");
    }

    @Test
    void aRepairedPdfSaysSoOnItsPage() {
        byte[] pdf = TestDocuments.textPdf("Statement of account " + UUID.randomUUID(), "Balance 42.00 EUR");
        long id = api.upload("end-missing.pdf", TestDocuments.cutShort(pdf, 97));
        assertEquals("completed", Documents.status(api.awaitTerminal(id, PROCESSING)));

        ui.signIn(user, PASSWORD);
        ui.open("/document?id=" + id);
        WebDriver browser = ui.driver();
        assertTrue(
                browser.findElement(By.id("repair-notice")).getText().contains("could only be read after repairing"),
                "the page says the PDF was repaired");
        assertEquals(
                "Missing end of file marker '%%EOF'",
                browser.findElement(By.id("repair-reason")).getText(), "and why");
        ui.checkPage("document-repaired");

        ui.open("/documents");
        WebElement row = browser.findElement(By.xpath("//tr[.//a[@href='/document?id=" + id + "']]"));
        assertEquals(1, row.findElements(By.className("doc-repaired")).size(), "the list marks it too");
        assertEquals(
                1,
                browser.findElements(By.className("doc-repaired")).size(),
                "and only it: the user's other documents are sound");
    }

    @Test
    void identicalUploadsAreGroupedAndAnotherUserSeesNotFound() {
        byte[] pdf = TestDocuments.textPdf("Twice uploaded " + UUID.randomUUID());
        long first = api.upload("twice.pdf", pdf);
        api.awaitTerminal(first, PROCESSING);

        ui.signIn(user, PASSWORD);
        String answer = uploadInPage("twice-again.pdf", pdf);
        assertTrue(answer.contains("\"original_file_id\":" + first), "the same bytes again: " + answer);
        ui.open("/duplicates");
        WebDriver browser = ui.driver();
        WebElement group = browser.findElement(
                By.xpath("//li[contains(@class,'duplicate-group')][.//a[@href='/document?id=" + first + "']]"));
        assertEquals(
                ui.url("/document?id=" + first),
                group.findElement(By.className("original-link")).getAttribute("href"));
        List<WebElement> copies = group.findElements(By.className("duplicate-link"));
        assertEquals(
                List.of("twice-again.pdf"),
                copies.stream().map(WebElement::getText).toList());
        ui.checkPage("duplicates");
        group.findElement(By.className("duplicate-link")).click();
        Poll.until(
                PROCESSING,
                "the copy's page",
                () -> browser.findElements(By.id("duplicate-notice")).isEmpty() ? null : true);

        ui.signIn(otherUser, PASSWORD);
        ui.open("/document?id=999999999");
        String missing = browser.findElement(By.id("main")).getText();
        ui.open("/document?id=" + first);
        assertEquals("not-found", browser.findElement(By.id("error-page")).getAttribute("data-error"));
        assertEquals(missing, browser.findElement(By.id("main")).getText(), "exactly like a missing document");
        ui.open("/duplicates");
        assertTrue(browser.findElements(By.cssSelector("a[href='/document?id=" + first + "']"))
                .isEmpty());
    }

    @Test
    void deletingAsksFirstAndReturnsToTheList() {
        long id = api.upload("bin.pdf", TestDocuments.textPdf("To be deleted " + UUID.randomUUID()));
        api.awaitTerminal(id, PROCESSING);
        ui.signIn(user, PASSWORD);
        ui.open("/document?id=" + id);
        WebDriver browser = ui.driver();
        browser.findElement(By.id("delete:delete-button")).click();
        browser.switchTo().alert().accept();
        ui.chromium().awaitUrl(ui.url("/documents?deleted=1"), WebUi.WAIT);
        assertEquals(404, api.get("/api/files/" + id).status());
    }

    private static void fill(String id, String value) {
        WebElement input = ui.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** A timeline entry's status and start, read in one go (the page swaps the timeline while it polls). */
    @SuppressWarnings("unchecked")
    private static List<Object> stepState(String stepName) {
        return (List<Object>) ((JavascriptExecutor) ui.driver())
                .executeScript(
                        "var row = document.querySelector('#timeline li[data-step=\"' + arguments[0] + '\"]');"
                                + "return row ? [row.getAttribute('data-status'), row.getAttribute('data-started')] : null;",
                        stepName);
    }

    /** Uploads a file from the signed-in page as the upload page's script does, and returns the JSON answer. */
    private static String uploadInPage(String filename, byte[] content) {
        return (String) ((JavascriptExecutor) ui.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "var bytes = Uint8Array.from(atob(arguments[1]), function (c) { return c.charCodeAt(0); });"
                                + "var form = new FormData(); form.append('file', new Blob([bytes], {type: 'application/pdf'}), arguments[0]);"
                                + "fetch('/api/ui-upload', {method: 'POST', body: form, credentials: 'same-origin',"
                                + "  headers: {'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content}})"
                                + ".then(function (r) { return r.text(); }).then(done).catch(function (e) { done(String(e)); });",
                        filename,
                        Base64.getEncoder().encodeToString(content));
    }

    /** Fetches a URL with the browser's session: status, byte count and the first four bytes as text. */
    @SuppressWarnings("unchecked")
    private static List<Object> fetchInPage(String url) {
        return (List<Object>) ((JavascriptExecutor) ui.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                                + "  done([r.status, b.byteLength, String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))]);"
                                + "}); }).catch(function (e) { done([0, 0, String(e)]); });",
                        url);
    }
}
