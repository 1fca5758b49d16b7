package io.docuelevate.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Corpus;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import io.docuelevate.it.support.WebUi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The status page in a real browser: components working, the user's own queue figures, the throughput chart
 * drawn by uPlot from the WebJar, and a failed document linked.
 */
class WebStatusIT {

    private static final String PASSWORD = "Us3r-" + UUID.randomUUID();
    private static String user;
    private static long failedId;
    private static WebUi ui;

    @BeforeAll
    static void start() {
        ui = WebUi.browser();
        user = "status-" + UUID.randomUUID().toString().substring(0, 8);
        ApiSession.admin(WebUi.server()).createUser(user, PASSWORD, false);
        ApiSession session = ApiSession.signIn(WebUi.server(), user, PASSWORD);
        long good = session.upload("status-ok.pdf", TestDocuments.textPdf("A letter to watch on the status page."));
        failedId = session.upload("damaged.pdf", damagedPdf());
        assertEquals("completed", Documents.status(session.awaitTerminal(good, Duration.ofMinutes(3))));
        assertEquals("failed", Documents.status(session.awaitTerminal(failedId, Duration.ofMinutes(3))));
    }

    @Test
    void componentsQueuesChartAndFailuresOfTheUsersOwnDocuments() {
        ui.signIn(user, PASSWORD);
        WebDriver browser = ui.driver();
        ui.open("/status");

        for (String component : List.of("database", "search", "workdir", "workers", "replicas")) {
            assertEquals(
                    "Working",
                    browser.findElement(By.cssSelector("tr[data-component='" + component + "'] .badge"))
                            .getText(),
                    component);
        }
        assertTrue(browser.findElement(By.id("status-scope")).getText().contains("your own documents"));
        assertEquals("1", figure("status-completed"), "the user's own documents only");
        assertEquals("1", figure("status-failed"));
        assertEquals("0", figure("status-processing"));
        assertEquals("1", browser.findElement(By.id("status-processed-total")).getText());

        Long canvasWidth = Poll.until(WebUi.WAIT, "the chart drawn", () -> {
            Object width = ((JavascriptExecutor) browser)
                    .executeScript("var c = document.querySelector('#status-chart canvas'); return c ? c.width : 0;");
            return ((Number) width).longValue() > 0 ? ((Number) width).longValue() : null;
        });
        assertTrue(canvasWidth > 100, "a real chart, " + canvasWidth + " px wide");

        assertEquals(
                "damaged.pdf",
                browser.findElement(By.cssSelector("#status-failures a[href='/document?id=" + failedId + "']"))
                        .getText());
        ui.checkPage("status");
    }

    private static String figure(String id) {
        return ui.driver().findElement(By.cssSelector("#" + id + " .value")).getText();
    }

    /** invalid.pdf of the OCRmyPDF corpus: a PDF header over a broken body. */
    private static byte[] damagedPdf() {
        try {
            return Files.readAllBytes(Corpus.file("invalid.pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
