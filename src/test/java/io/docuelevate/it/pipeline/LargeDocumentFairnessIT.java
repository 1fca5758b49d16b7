package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 10: a long scan must not hold every OCR engine. With two engines a document holds at most
 * one ({@code OCR_MAX_ENGINES_PER_DOCUMENT}'s default), so small scans uploaded while a long one is being read
 * get the other engine at once instead of queueing behind the long one's pages.
 */
class LargeDocumentFairnessIT {

    private static final String OCR = "process_with_ocr";
    private static final int LARGE_PAGES = 4;
    private static final int SMALL_DOCUMENTS = 5;

    @TempDir
    Path dir;

    @Test
    void smallScansCompleteWhileALongScanIsStillBeingOcredWithoutWaitingForItsPages() throws IOException {
        try (LibertyServer server = LibertyServer.war("it-fairness").env("OCR_CONCURRENCY", "2")) {
            server.start();
            String base = server.baseUrl();
            long warmUp = upload(base, "warm-up.png", smallScan(0));
            assertEquals("completed", Documents.status(Documents.awaitTerminal(base, warmUp, Duration.ofMinutes(2))));

            long large = upload(base, "long-scan.pdf", TestDocuments.scannedPdf(wideScan(), LARGE_PAGES));
            Poll.until(Duration.ofMinutes(3), "the long scan's OCR to be under way", () -> {
                String logs = detail(base, large).getJsonArray("logs").toString();
                return logs.contains("OCR page 1 of " + LARGE_PAGES) ? true : null;
            });
            List<Long> small = new ArrayList<>();
            for (int i = 1; i <= SMALL_DOCUMENTS; i++) {
                small.add(upload(base, "note-" + i + ".png", smallScan(i)));
            }
            Map<Long, JsonObject> completed = Poll.until(Duration.ofMinutes(4), "the small scans to complete", () -> {
                Map<Long, JsonObject> details = new java.util.HashMap<>();
                for (long id : small) {
                    JsonObject detail = detail(base, id);
                    if (!"completed".equals(Documents.status(detail))) {
                        return null;
                    }
                    details.put(id, detail);
                }
                return details;
            });
            assertEquals(
                    "in_progress",
                    Documents.stepStatus(detail(base, large), OCR),
                    "the long scan is still being read when the small ones are done");

            JsonObject largeDone = Documents.awaitTerminal(base, large, Duration.ofMinutes(10));
            assertEquals("completed", Documents.status(largeDone), largeDone.toString());
            assertTrue(largeDone.toString().contains("OCR read " + LARGE_PAGES + " pages"), largeDone.toString());
            Duration perLargePage = ocrTime(largeDone).dividedBy(LARGE_PAGES);
            Duration smallOcr = completed.values().stream()
                    .map(LargeDocumentFairnessIT::ocrTime)
                    .reduce(Duration.ZERO, Duration::plus);
            assertTrue(
                    smallOcr.compareTo(perLargePage) < 0,
                    "the " + SMALL_DOCUMENTS + " small scans' OCR took " + smallOcr + " together, less than one page"
                            + " of the long scan (" + perLargePage + "): none waited for the long scan's pages");
        }
    }

    private static long upload(String base, String name, byte[] content) {
        Http.Answer answer = Http.upload(base + "/api/ui-upload", name, content);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("queued", answer.json().getString("status"), answer.body());
        return answer.json().getJsonNumber("file_id").longValue();
    }

    private static JsonObject detail(String base, long id) {
        return Http.get(base + "/api/files/" + id).json();
    }

    /** From the step's "Started" log line to its success line, as the server recorded them. */
    private static Duration ocrTime(JsonObject detail) {
        OffsetDateTime started = null;
        OffsetDateTime succeeded = null;
        for (var value : detail.getJsonArray("logs")) {
            JsonObject log = value.asJsonObject();
            if (!OCR.equals(log.getString("step_name"))) {
                continue;
            }
            OffsetDateTime at = OffsetDateTime.parse(log.getString("timestamp"));
            if ("Started".equals(log.getString("message"))) {
                started = at;
            } else if ("success".equals(log.getString("status"))) {
                succeeded = at;
            }
        }
        assertTrue(started != null && succeeded != null, "OCR start and success logged: " + detail);
        return Duration.between(started, succeeded);
    }

    /** A two-line delivery note: Tesseract reads it in well under a second. */
    private static byte[] smallScan(int number) {
        return TestDocuments.scannedPng(List.of("Delivery note " + number, "Order 2026-" + (100 + number)));
    }

    /** Three full scanned pages side by side (25 MP at 300 dpi): each page of the long scan keeps an engine busy. */
    private Path wideScan() throws IOException {
        BufferedImage page =
                ImageIO.read(TestDocuments.CORPUS.resolve("linn.png").toFile());
        BufferedImage wide = new BufferedImage(page.getWidth() * 3, page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = wide.createGraphics();
        for (int i = 0; i < 3; i++) {
            graphics.drawImage(page, i * page.getWidth(), 0, null);
        }
        graphics.dispose();
        Path file = dir.resolve("wide.png");
        ImageIO.write(wide, "png", file.toFile());
        return file;
    }
}
