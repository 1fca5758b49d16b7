package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Corpus;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The upload drop zone and the start page in a real browser under the production security headers: a scanned and
 * a text PDF chosen together are uploaded and followed on the page until completed, a refused type and a duplicate
 * are explained in words, and the start page lists the documents with their counts. It also measures how long after
 * the server finished a document the page shows it (the polling interval's price).
 */
class WebUploadIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static final Duration PROCESSING = Duration.ofMinutes(5);
    private static final Path BUILD = Path.of(System.getProperty("it.build.dir", "target"));
    private static String user;
    private static String other;
    private static String folderUser;
    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        user = "upload-" + UUID.randomUUID().toString().substring(0, 8);
        other = "upload-live-" + UUID.randomUUID().toString().substring(0, 8);
        ApiSession admin = ApiSession.admin(WebUi.server());
        admin.createUser(user, PASSWORD, false);
        admin.createUser(other, PASSWORD, false);
        folderUser = "upload-folder-" + UUID.randomUUID().toString().substring(0, 8);
        admin.createUser(folderUser, PASSWORD, false);
    }

    @Test
    void filesDroppedTogetherAreFollowedUntilCompletedAndRefusalsAndDuplicatesAreExplained() throws IOException {
        Path folder = Files.createDirectories(BUILD.resolve("web-upload-it"));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path scanned = Corpus.file("linn.pdf");
        Path text = Files.write(
                folder.resolve("invoice-" + marker + ".pdf"),
                TestDocuments.textPdf("Invoice " + marker, "Total due: 120.00 EUR", "Thank you for your order"));
        Path refused = Files.writeString(
                folder.resolve("notes-" + marker + ".sh"), "echo plain words, no document", StandardCharsets.UTF_8);

        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/upload");
        String allowed = browser.findElement(By.id("upload-allowed")).getText();
        assertTrue(allowed.contains("PDF") && allowed.contains("1 GB"), "types and size limit shown: " + allowed);

        browser.findElement(By.id("upload-files")).sendKeys(scanned + "\n" + text);
        WebElement scannedItem = awaitItem("linn.pdf", "completed");
        WebElement textItem = awaitItem(text.getFileName().toString(), "completed");
        for (WebElement item : List.of(scannedItem, textItem)) {
            assertEquals("Completed", item.findElement(By.cssSelector(".badge")).getText());
            assertEquals(
                    "100", item.findElement(By.tagName("progress")).getAttribute("value"), "the upload's progress");
        }
        long scannedId = Long.parseLong(scannedItem.getAttribute("data-id"));
        long textId = Long.parseLong(textItem.getAttribute("data-id"));
        reportDisplayLag(ApiSession.signIn(WebUi.server(), user, PASSWORD), List.of(scannedItem, textItem));
        ui.checkPage("upload");

        browser.findElement(By.id("upload-files")).sendKeys(refused.toString());
        WebElement refusedItem = awaitItem(refused.getFileName().toString(), "refused");
        String refusal =
                refusedItem.findElement(By.cssSelector(".upload-message")).getText();
        assertTrue(refusal.contains("This kind of file is not accepted"), refusal);
        assertTrue(refusal.contains("The server said: Unsupported file type"), "the server's detail: " + refusal);
        List<String> console = ui.chromium().consoleProblems();
        assertTrue(
                console.stream().allMatch(line -> line.contains("/api/ui-upload") && line.contains("415")),
                "the console shows only the refused upload's status: " + console);

        browser.findElement(By.id("upload-files")).sendKeys(text.toString());
        WebElement duplicate = awaitItem(text.getFileName().toString(), "duplicate");
        assertTrue(duplicate
                .findElement(By.cssSelector(".upload-message"))
                .getText()
                .contains("Already uploaded as"));
        WebElement original = duplicate.findElement(By.cssSelector("a.duplicate-original"));
        assertEquals(ui.url("/document?id=" + textId), original.getAttribute("href"));
        assertEquals("Open the original", original.getText());
        ui.checkPage("upload-refused-and-duplicate");

        ui.open("/");
        for (long id : List.of(scannedId, textId)) {
            WebElement row = browser.findElement(By.cssSelector("#recent-documents li[data-id='" + id + "']"));
            assertEquals("completed", row.getAttribute("data-status"));
            assertEquals("Completed", row.findElement(By.cssSelector(".badge")).getText());
            assertEquals(
                    ui.url("/document?id=" + id),
                    row.findElement(By.cssSelector("a.recent-name")).getAttribute("href"));
        }
        assertEquals("2", count("count-completed-today"), "both completed today");
        assertEquals("0", count("count-failed"));
        assertEquals("0", count("count-processing"));
        assertEquals(
                ui.url("/documents?status=failed"),
                browser.findElement(By.id("count-failed")).getAttribute("href"));
        assertFalse(browser.findElements(By.id("dropzone")).isEmpty(), "the start page has the drop zone");
        ui.checkPage("home-with-documents");
    }

    @Test
    void theStartPageFollowsADocumentStillOnItsWay() {
        ApiSession api = ApiSession.signIn(WebUi.server(), other, PASSWORD);
        ui.signIn(other, PASSWORD);
        ui.open("/");
        assertEquals("0", count("count-completed-today"));
        assertFalse(ui.driver().findElements(By.id("recent-empty")).isEmpty(), "no documents yet, said in words");
        ui.checkPage("home");

        long id = api.upload("scan.pdf", TestDocuments.scannedPdf(Corpus.file("linn.png"), 3));
        ui.open("/");
        WebElement row = ui.driver().findElement(By.cssSelector("#recent-documents li[data-id='" + id + "']"));
        Poll.until(
                PROCESSING,
                "the start page shows document " + id + " completed",
                () -> "completed".equals(row.getAttribute("data-status")) ? true : null);
        assertEquals("Completed", row.findElement(By.cssSelector(".badge")).getText());
        reportDisplayLag(api, List.of(row));
        ui.assertCleanConsole("home");
    }

    @Test
    void aWholeFolderChosenOnTheStartPageIsUploadedFileByFileWithoutItsHiddenFiles() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createDirectories(BUILD.resolve("web-upload-it").resolve("folder-" + marker));
        Files.write(folder.resolve("letter.pdf"), TestDocuments.textPdf("Letter " + marker, "Dear customer"));
        Files.write(
                Files.createDirectories(folder.resolve("receipts")).resolve("receipt.pdf"),
                TestDocuments.textPdf("Receipt " + marker, "Paid 12.50 EUR"));
        Files.writeString(folder.resolve(".DS_Store"), "finder noise", StandardCharsets.UTF_8);
        ApiSession api = ApiSession.signIn(WebUi.server(), folderUser, PASSWORD);
        ui.signIn(folderUser, PASSWORD);
        ui.open("/");

        ui.driver().findElement(By.id("upload-folder")).sendKeys(folder.toString());
        String base = folder.getFileName().toString();
        WebElement letter = awaitItem(base + "/letter.pdf", "completed");
        WebElement receipt = awaitItem(base + "/receipts/receipt.pdf", "completed");
        assertEquals(
                2, ui.driver().findElements(By.cssSelector("#upload-list li")).size(), "the hidden file is left out");
        reportDisplayLag(api, List.of(letter, receipt));
        ui.assertCleanConsole("home");
    }

    /** The list item of the file named {@code name} once it shows {@code status}; fails early when it fails. */
    private static WebElement awaitItem(String name, String status) {
        By item = By.cssSelector("#upload-list li[data-name='" + name + "'][data-status='" + status + "']");
        return Poll.until(PROCESSING, name + " shown as " + status, () -> {
            List<WebElement> failed = ui.driver()
                    .findElements(By.cssSelector("#upload-list li[data-name='" + name + "'][data-status='failed']"));
            if (!failed.isEmpty() && !"failed".equals(status)) {
                throw new AssertionError(name + " failed: " + failed.get(0).getText());
            }
            List<WebElement> found = ui.driver().findElements(item);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        });
    }

    private static String count(String id) {
        return ui.driver()
                .findElement(By.id(id))
                .findElement(By.cssSelector(".value"))
                .getText();
    }

    /**
     * How long after the server recorded the last step as finished the page showed the document completed: the
     * page stamps {@code data-shown-at} when it shows a final status; the server's time is the terminal step's
     * {@code completed_at} (same machine, same clock).
     */
    private static void reportDisplayLag(ApiSession owner, List<WebElement> shown) {
        for (WebElement element : shown) {
            long id = Long.parseLong(element.getAttribute("data-id"));
            String stamp = element.getAttribute("data-shown-at");
            assertTrue(stamp != null && !stamp.isEmpty(), "document " + id + " turned completed on the page, live");
            Instant shownAt = Instant.parse(stamp);
            Http.Answer detail = owner.get("/api/files/" + id);
            Instant completedAt = detail.json().getJsonArray("steps").stream()
                    .map(JsonObject.class::cast)
                    .filter(step -> List.of("finalize_pipeline", "send_to_all_destinations")
                                    .contains(step.getString("step_name"))
                            && !step.isNull("completed_at"))
                    .map(step ->
                            OffsetDateTime.parse(step.getString("completed_at")).toInstant())
                    .max(Instant::compareTo)
                    .orElseThrow();
            long lag = Duration.between(completedAt, shownAt).toMillis();
            System.out.println("web-upload display lag: document " + id + " shown " + lag + " ms after completion");
            assertTrue(lag > -1000 && lag < 15_000, "shown " + lag + " ms after the server completed it");
        }
    }
}
