package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The search page in a real browser: results while typing with the word marked, a facet that narrows, the
 * query state in the URL (back button), saved searches created, run and deleted, and document text that looks
 * like markup shown as text.
 */
class WebSearchIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static final String WORD = rareWord();
    private static String user;
    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        user = "search-" + UUID.randomUUID().toString().substring(0, 8);
        ApiSession.admin(WebUi.server()).createUser(user, PASSWORD, false);
        ApiSession session = ApiSession.signIn(WebUi.server(), user, PASSWORD);
        long german = session.upload(
                "rechnung.pdf",
                TestDocuments.textPdf(
                        "Rechnung Nr. 2024-117 der Stadtwerke",
                        "Sehr geehrte Damen und Herren, wir berechnen Ihnen den Strom " + WORD + " fuer den Monat.",
                        "Der Betrag ist innerhalb von 14 Tagen zu zahlen. Mit freundlichen Gruessen"));
        long english = session.upload(
                "letter.pdf",
                TestDocuments.textPdf(
                        "Dear team, this is the letter about the meeting and the project.",
                        "The word " + WORD + " <i>stays</i> as it is written, and we will see you there.",
                        "Kind regards, the committee of the society"));
        long scanned = session.upload(
                "lieferschein-scan.png",
                TestDocuments.scannedPng(List.of(
                        "Lieferschein Nummer 4711", "Zitronenfalter Gartenbedarf GmbH", "Menge 12 Stueck Blumenerde")));
        for (long id : List.of(german, english, scanned)) {
            assertEquals("completed", Documents.status(session.awaitTerminal(id, Duration.ofMinutes(3))));
        }
    }

    @Test
    void aScanIsFoundByAWordOfItsOcrText() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/search");
        browser.findElement(By.id("search-q")).sendKeys("Zitronenfalter");
        awaitResults(1);
        List<WebElement> marks = browser.findElements(By.cssSelector("#search-results .search-snippet mark"));
        assertTrue(
                marks.stream().anyMatch(mark -> mark.getText().equalsIgnoreCase("Zitronenfalter")),
                "the recognised word is marked");
    }

    @Test
    void typingFindsMarksNarrowsSavesRunsAndDeletes() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/search");
        assertTrue(status().contains("Type a word"), status());

        browser.findElement(By.id("search-q")).sendKeys(WORD);
        awaitResults(2);
        assertTrue(
                browser.getCurrentUrl().contains("q=" + WORD), "the URL keeps the query: " + browser.getCurrentUrl());
        List<WebElement> marks = browser.findElements(By.cssSelector("#search-results .search-snippet mark"));
        assertFalse(marks.isEmpty(), "the word is marked in the snippets");
        assertTrue(marks.stream().allMatch(mark -> mark.getText().equalsIgnoreCase(WORD)));
        assertTrue(
                browser.findElements(By.cssSelector("#search-results i")).isEmpty(),
                "text that looks like markup is not markup");
        assertTrue(
                browser.findElement(By.id("search-results")).getText().contains("<i>stays</i>"),
                "and is shown as written");
        assertFalse(browser.findElements(By.cssSelector("#search-results a[href^='/document?id=']"))
                .isEmpty());
        ui.checkPage("search");

        WebElement facet = narrowingFacet(browser);
        String facetName = facet.getAttribute("data-facet");
        facet.click();
        awaitResults(1);
        assertTrue(browser.getCurrentUrl().contains(facetName + "="), browser.getCurrentUrl());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#search-active-filters button"))
                        .size());

        browser.navigate().back();
        awaitResults(2);
        browser.navigate().forward();
        awaitResults(1);
        String narrowedUrl = browser.getCurrentUrl();

        String name = "Saved " + WORD;
        browser.findElement(By.id("saved-name")).sendKeys(name);
        browser.findElement(By.id("saved-save")).click();
        WebElement saved = Poll.until(
                WebUi.WAIT,
                "the saved search listed",
                () -> browser.findElements(By.cssSelector("#saved-list a.saved-run")).stream()
                        .filter(link -> link.getText().equals(name))
                        .findFirst()
                        .orElse(null));
        assertTrue(saved.getAttribute("href").contains(facetName + "="), saved.getAttribute("href"));

        ui.open("/search");
        assertTrue(status().contains("Type a word"), status());
        Poll.until(
                WebUi.WAIT,
                "the saved search listed again",
                () -> browser.findElements(By.cssSelector("#saved-list a.saved-run"))
                                .isEmpty()
                        ? null
                        : true);
        browser.findElement(By.cssSelector("#saved-list a.saved-run")).sendKeys(Keys.ENTER);
        awaitResults(1);
        assertEquals(narrowedUrl, browser.getCurrentUrl(), "running the saved search restores the same state");

        browser.findElement(By.cssSelector("#saved-list button.saved-delete")).click();
        browser.switchTo().alert().accept();
        Poll.until(
                WebUi.WAIT,
                "the saved search deleted",
                () -> browser.findElement(By.id("saved-list")).getText().contains("No saved searches") ? true : null);
        assertTrue(ui.chromium().consoleProblems().isEmpty());
    }

    /** A facet value with fewer matches than all results: there is one, since the two documents differ. */
    private static WebElement narrowingFacet(WebDriver browser) {
        for (WebElement group : browser.findElements(By.cssSelector("#search-facets fieldset"))) {
            List<WebElement> values = group.findElements(By.cssSelector("button.facet-value"));
            if (values.size() >= 2) {
                return values.get(0);
            }
        }
        throw new AssertionError("no facet tells the two documents apart: "
                + browser.findElement(By.id("search-facets")).getText());
    }

    private static void awaitResults(int count) {
        WebDriver browser = ui.driver();
        String expected = count + (count == 1 ? " document found" : " documents found");
        Poll.until(
                WebUi.WAIT,
                expected + " (status: " + status() + ")",
                () -> status().startsWith(expected)
                                && browser.findElements(By.cssSelector("#search-results > li"))
                                                .size()
                                        == count
                        ? true
                        : null);
    }

    private static String status() {
        return ui.driver().findElement(By.id("search-status")).getText();
    }

    private static String rareWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("quorb");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
