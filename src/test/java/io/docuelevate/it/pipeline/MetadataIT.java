package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metadata through the real pipeline with the offline extractor: an invoice (digital, German), a letter
 * (digital, English) and a scanned receipt (image, OCR) come out with the right date, amount,
 * reference number, type and a processed file named {@code YYYY-MM-DD_Title.pdf} with its sidecar;
 * the owner's correction renames and re-enriches the PDF.
 */
class MetadataIT {

    private static final Path DOCS =
            Path.of(System.getProperty("it.project.dir", ".")).resolve("bench/metadata/docs");
    private static final Duration WITHIN = Duration.ofMinutes(3);
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-metadata").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static JsonObject process(String name, byte[] content) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, content);
        assertEquals(200, answer.status(), answer.body());
        JsonObject detail = Documents.awaitTerminal(
                server.baseUrl(), answer.json().getJsonNumber("file_id").longValue(), WITHIN);
        assertEquals("completed", Documents.status(detail), detail.toString());
        return detail;
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(DOCS.resolve(file));
    }

    private static String processedName(long id) {
        Http.Answer download = Http.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/api/files/" + id + "/download?version=processed"))
                .build());
        assertEquals(200, download.status());
        return download.header("Content-Disposition");
    }

    @Test
    void germanInvoiceGetsDateTotalReferenceTypeAndName() throws IOException {
        JsonObject detail = process("scan_0001.pdf", TestDocuments.textPdf(lines("01-invoice-stadtwerke.txt")));
        JsonObject metadata = detail.getJsonObject("ai_metadata");
        assertEquals(
                "2026-03-14", metadata.getJsonObject("extraction").getString("document_date"), metadata.toString());
        assertEquals("118.00", metadata.getJsonObject("extraction").getString("total_amount"));
        assertEquals("EUR", metadata.getJsonObject("extraction").getString("currency"));
        assertEquals("2026-031-4471", metadata.getString("reference_number"));
        assertEquals("Rechnung", metadata.getString("kommunikationsart"));
        assertTrue(metadata.getString("correspondent").startsWith("Stadtwerke Musterstadt"), metadata.toString());
        assertEquals("de", detail.getString("detected_language"));
        assertTrue(metadata.getString("filename").startsWith("2026-03-14_"), metadata.getString("filename"));
        long id = detail.getJsonObject("file").getJsonNumber("id").longValue();
        String disposition = processedName(id);
        assertTrue(disposition.contains(metadata.getString("filename") + ".pdf"), disposition);
        assertTrue(
                Files.exists(server.workdir().resolve("processed").resolve(metadata.getString("filename") + ".json")),
                "sidecar beside the processed PDF");
    }

    @Test
    void englishLetterGetsItsDateAndReference() throws IOException {
        JsonObject detail = process("letter.pdf", TestDocuments.textPdf(lines("28-letter-claim-us.txt")));
        JsonObject metadata = detail.getJsonObject("ai_metadata");
        assertEquals(
                "2026-02-18", metadata.getJsonObject("extraction").getString("document_date"), metadata.toString());
        assertEquals("CLM-2026-33817", metadata.getString("reference_number"));
        assertEquals("en", detail.getString("detected_language"));
        assertTrue(metadata.getString("filename").startsWith("2026-02-18_"), metadata.getString("filename"));
    }

    @Test
    void scannedReceiptIsReadByOcrAndDescribed() throws IOException {
        JsonObject detail = process("beleg.png", TestDocuments.scannedPng(lines("15-receipt-tankstelle.txt")));
        assertEquals("success", Documents.stepStatus(detail, "process_with_ocr"));
        JsonObject metadata = detail.getJsonObject("ai_metadata");
        assertEquals(
                "2026-02-03", metadata.getJsonObject("extraction").getString("document_date"), metadata.toString());
        assertEquals("75.69", metadata.getJsonObject("extraction").getString("total_amount"), metadata.toString());
        assertEquals("0093/2281", metadata.getString("reference_number"), metadata.toString());
        assertEquals("Quittung", metadata.getString("kommunikationsart"), metadata.toString());
        assertTrue(metadata.getString("filename").startsWith("2026-02-03_"), metadata.getString("filename"));
    }

    @Test
    void ownerCorrectionRenamesAndReEnrichesThePdf() throws IOException {
        JsonObject detail = process("bill.pdf", TestDocuments.textPdf(lines("05-invoice-telekom.txt")));
        long id = detail.getJsonObject("file").getJsonNumber("id").longValue();
        JsonObject corrected = jakarta.json.Json.createObjectBuilder(detail.getJsonObject("ai_metadata"))
                .add("filename", "2026-01-31_Mobilfunk_Januar")
                .add("title", "Mobilfunk Januar")
                .add(
                        "tags",
                        jakarta.json.Json.createArrayBuilder()
                                .add("telefon")
                                .add("vertrag")
                                .add("a")
                                .add("b")
                                .add("c"))
                .build();
        Http.Answer put =
                Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files/" + id + "/metadata"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(corrected.toString()))
                        .build());
        assertEquals(200, put.status(), put.body());
        assertEquals("processed/2026-01-31_Mobilfunk_Januar.pdf", put.json().getString("processed_file"));
        assertTrue(put.json().getJsonArray("corrections").toString().contains("tag"), put.body());
        assertTrue(processedName(id).contains("2026-01-31_Mobilfunk_Januar.pdf"));
        JsonObject after = Http.get(server.baseUrl() + "/api/files/" + id).json();
        assertEquals("Mobilfunk Januar", after.getString("document_title"));
        JsonObject hit = Poll.until(
                java.time.Duration.ofSeconds(30),
                "the corrected title in the search index",
                () -> Http.get(server.baseUrl() + "/api/search?q=Mobilfunk").json().getJsonArray("results").stream()
                        .map(jakarta.json.JsonValue::asJsonObject)
                        .filter(r -> r.getJsonNumber("file_id").longValue() == id
                                && "Mobilfunk Januar".equals(r.getString("document_title", null)))
                        .findFirst()
                        .orElse(null));
        assertTrue(
                hit.getJsonArray("tags").toString().contains("vertrag"), "re-indexed with the corrected tags: " + hit);
        assertEquals(4, after.getJsonObject("ai_metadata").getJsonArray("tags").size(), "at most four tags");
        Http.Answer traversal =
                Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files/" + id + "/metadata"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"filename\":\"../../etc/passwd\",\"title\":\"x\"}"))
                        .build());
        assertEquals(200, traversal.status(), traversal.body());
        assertTrue(traversal.json().getString("processed_file").startsWith("processed/"), traversal.body());
        assertTrue(!traversal.json().getString("processed_file").contains(".."), traversal.body());
    }
}
