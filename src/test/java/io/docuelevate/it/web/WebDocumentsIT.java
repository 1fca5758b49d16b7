package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The documents page in a real browser: a user's own documents only, sorted by two columns, filtered by status
 * and text, paginated, two downloaded as one ZIP and one deleted after a confirmation.
 */
class WebDocumentsIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static String user;
    private static String tag;
    private static WebUi ui;
    private static Map<String, Long> ids;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        tag = UUID.randomUUID().toString().substring(0, 8);
        user = "docs-" + tag;
        ApiSession.admin(WebUi.server()).createUser(user, PASSWORD, false);
        ApiSession session = ApiSession.signIn(WebUi.server(), user, PASSWORD);
        ids = Map.of(
                "alpha",
                        session.upload(
                                "alpha-" + tag + ".pdf", TestDocuments.textPdf("Invoice alpha", "Total 10.00 EUR")),
                "bravo",
                        session.upload(
                                "bravo-" + tag + ".pdf",
                                TestDocuments.textPdf(
                                        "Letter bravo",
                                        "Dear customer",
                                        "a longer text",
                                        "with more lines",
                                        "and more")),
                "charlie", session.upload("charlie-" + tag + ".pdf", TestDocuments.textPdf("Receipt charlie")),
                "locked", session.upload("locked-" + tag + ".pdf", TestDocuments.encryptedPdf()));
        ids.values().forEach(id -> session.awaitTerminal(id, PROCESSING));
    }

    @Test
    void aUserListsSortsFiltersPagesDownloadsAndDeletesTheirDocuments() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/documents");
        assertEquals(4, rowIds().size(), "all four documents of the user");
        assertEquals("descending", header("created_at").getAttribute("aria-sort"), "newest first by default");
        ui.checkPage("documents");

        List<Long> sizeAscending = sortedBoth("file_size");
        List<Long> bytes =
                rowAttributes("data-size").stream().map(Long::parseLong).toList();
        List<Long> largestFirst = new ArrayList<>(bytes);
        largestFirst.sort(Comparator.reverseOrder());
        assertEquals(largestFirst, bytes, "sizes from largest to smallest");
        List<Long> titleAscending = sortedBoth("title");
        assertTrue(browser.getCurrentUrl().contains("sort=title"), "the sort is in the URL");
        assertEquals(4, titleAscending.size());
        assertEquals(4, sizeAscending.size());

        ui.open("/documents?status=failed");
        assertEquals(List.of(ids.get("locked")), rowIds(), "only the encrypted PDF failed");
        assertTrue(
                browser.findElement(By.cssSelector("#f-status option[value=failed]"))
                        .isSelected(),
                "the status filter shown as chosen");

        ui.open("/documents");
        browser.findElement(By.id("f-q")).sendKeys("bravo-" + tag);
        browser.findElement(By.id("apply-filters")).click();
        Poll.until(
                WebUi.WAIT,
                "the text filter applied",
                () -> browser.getCurrentUrl().contains("q=bravo") ? true : null);
        assertEquals(List.of(ids.get("bravo")), rowIds(), "only bravo's name contains the text");

        ui.open("/documents?size=3&sort=created_at&order=asc");
        assertEquals(3, rowIds().size());
        assertTrue(browser.findElement(By.id("page-position")).getText().contains("1"));
        List<Long> firstPage = rowIds();
        browser.findElement(By.id("page-next")).click();
        Poll.until(WebUi.WAIT, "page 2", () -> browser.getCurrentUrl().contains("page=2") ? true : null);
        assertEquals(1, rowIds().size(), "the fourth document on page 2");
        assertFalse(firstPage.contains(rowIds().get(0)), "page 2 holds another document");
        ui.checkPage("documents-page2");

        ui.open("/documents?sort=created_at&order=asc");
        select(ids.get("alpha"));
        select(ids.get("bravo"));
        assertTrue(browser.findElement(By.id("selection-count")).getText().startsWith("2"));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "window.__zips = []; var create = URL.createObjectURL;"
                                + " URL.createObjectURL = function (blob) { window.__zips.push(blob); return create.call(URL, blob); };");
        browser.findElement(By.id("bulk-zip")).click();
        assertEquals("ZIP with 2 document(s) downloaded.", announced(browser));
        assertEquals(2, zipEntries(zipFromPage(browser)).size(), "the ZIP holds both selected documents");

        browser.findElement(By.id("bulk-reprocess")).click();
        assertEquals("2 document(s) queued for processing again.", announced(browser));

        browser.findElement(By.id("select-" + ids.get("alpha"))).click();
        browser.findElement(By.id("select-" + ids.get("bravo"))).click();
        select(ids.get("charlie"));
        browser.findElement(By.id("bulk-delete")).click();
        WebElement dialog = browser.findElement(By.id("delete-dialog"));
        Poll.until(WebUi.WAIT, "the confirmation", () -> dialog.isDisplayed() ? true : null);
        assertTrue(browser.findElement(By.id("delete-dialog-text")).getText().contains("1"));
        ui.checkPage("documents-confirm-delete");
        browser.findElement(By.id("delete-confirm")).click();
        Poll.until(
                WebUi.WAIT,
                "the deleted notice",
                () -> browser.findElements(By.id("deleted-notice")).isEmpty() ? null : true);
        assertEquals(
                "1 document deleted.",
                browser.findElement(By.id("deleted-notice")).getText());
        assertEquals(3, rowIds().size());
        assertFalse(rowIds().contains(ids.get("charlie")), "charlie is gone");
    }

    @Test
    void anotherUserDoesNotSeeTheseDocuments() {
        String other = "docs-other-" + UUID.randomUUID().toString().substring(0, 8);
        ApiSession.admin(WebUi.server()).createUser(other, PASSWORD, false);
        ui.signIn(other, PASSWORD);
        ui.open("/documents?q=" + tag);
        assertEquals(List.of(), rowIds());
        assertEquals(1, ui.driver().findElements(By.id("no-documents")).size(), "says there is nothing");
        ui.open("/documents");
        assertTrue(rowIds().stream().noneMatch(ids.values()::contains), "none of the first user's documents");
        ui.checkPage("documents-empty");
    }

    /** What the live region says once the action finished. */
    private static String announced(WebDriver browser) {
        return Poll.until(WebUi.WAIT, "the action's result announced", () -> {
            String text = browser.findElement(By.id("bulk-status")).getText();
            return text.isBlank() || text.startsWith("Working") ? null : text;
        });
    }

    private static WebElement header(String column) {
        return ui.driver().findElement(By.id("col-" + column));
    }

    private static void awaitSort(String column, String direction) {
        Poll.until(
                WebUi.WAIT,
                column + " " + direction,
                () -> direction.equals(header(column).getAttribute("aria-sort")) ? true : null);
    }

    /** Sorts ascending, then descending, by the column; checks the second is the first reversed; the ascending ids. */
    private static List<Long> sortedBoth(String column) {
        header(column).findElement(By.tagName("a")).click();
        awaitSort(column, "ascending");
        List<Long> ascending = rowIds();
        header(column).findElement(By.tagName("a")).click();
        awaitSort(column, "descending");
        List<Long> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, rowIds(), "sorted by " + column + " descending is ascending reversed");
        return ascending;
    }

    private static List<String> rowAttributes(String attribute) {
        return ui.driver().findElements(By.cssSelector("#documents-table tbody tr")).stream()
                .map(row -> row.getAttribute(attribute))
                .toList();
    }

    private static List<Long> rowIds() {
        return ui.driver().findElements(By.cssSelector("#documents-table tbody tr")).stream()
                .map(row -> Long.parseLong(row.getAttribute("data-id")))
                .toList();
    }

    private static void select(long id) {
        WebElement box = ui.driver().findElement(By.id("select-" + id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static byte[] zipFromPage(WebDriver browser) {
        String base64 = (String) ((JavascriptExecutor) browser)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " var reader = new FileReader();"
                        + " reader.onload = function () { done(String(reader.result).split(',')[1]); };"
                        + " reader.readAsDataURL(window.__zips[window.__zips.length - 1]);");
        return Base64.getDecoder().decode(base64);
    }

    private static List<String> zipEntries(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
