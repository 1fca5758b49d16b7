package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two users of one server: whatever the first uploads appears nowhere in the second user's pages, while the
 * first sees it and an administrator sees everyone's. Checked on the rendered pages, after their scripts ran.
 */
class WebIsolationIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static final String SECRET_WORD = "zyx"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    private static final String FILENAME = "isolation-" + SECRET_WORD + ".pdf";
    private static String owner;
    private static String other;
    private static long documentId;
    private static WebUi ui;

    @BeforeAll
    static void twoUsersAndADocument() {
        ui = WebUi.browser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        owner = "owner-" + suffix;
        other = "other-" + suffix;
        ApiSession admin = ApiSession.admin(WebUi.server());
        admin.createUser(owner, PASSWORD, false);
        admin.createUser(other, PASSWORD, false);
        ApiSession owners = ApiSession.signIn(WebUi.server(), owner, PASSWORD);
        byte[] pdf = TestDocuments.textPdf("Isolation check", "The word " + SECRET_WORD + " is private.");
        documentId = owners.upload(FILENAME, pdf);
        assertEquals("completed", Documents.status(owners.awaitTerminal(documentId, WebUi.WAIT)));
    }

    @Test
    void theOwnerSeesTheDocumentOnEveryPage() {
        ui.signIn(owner, PASSWORD);
        for (String page : List.of("/", "/documents", "/search?q=" + SECRET_WORD, "/document?id=" + documentId)) {
            ui.open(page);
            Poll.until(
                    WebUi.WAIT,
                    page + " to show the document",
                    () -> ui.driver().findElement(By.tagName("body")).getText().contains(SECRET_WORD) ? true : null);
        }
    }

    @Test
    void anotherUserSeesItNowhere() {
        ui.signIn(other, PASSWORD);
        WebDriver browser = ui.driver();
        for (String page : List.of("/", "/documents", "/duplicates", "/status")) {
            ui.open(page);
            assertFalse(browser.getPageSource().contains(SECRET_WORD), page + " holds nothing of another user's");
        }
        ui.open("/documents?q=" + SECRET_WORD);
        assertFalse(
                browser.getPageSource().contains(FILENAME), "the list's text filter finds nothing of another user's");
        assertFalse(
                browser.getPageSource().contains("/document?id=" + documentId + "\""),
                "no link to another user's document");
        ui.open("/search?q=" + SECRET_WORD);
        Poll.until(
                WebUi.WAIT,
                "the search to answer",
                () -> browser.findElement(By.id("search-status")).getText().isBlank() ? null : true);
        assertEquals(List.of(), browser.findElements(By.cssSelector("#search-results li")), "search finds nothing");
        assertFalse(browser.getPageSource().contains(FILENAME), "search shows nothing of another user's");

        ui.open("/document?id=" + documentId);
        assertEquals("not-found", browser.findElement(By.id("error-page")).getAttribute("data-error"));
        assertFalse(browser.getPageSource().contains(SECRET_WORD), "the not-found page tells nothing");
        ui.checkPage("error-404-another-users-document");
    }
}
