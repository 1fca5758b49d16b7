package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/ui-upload}: the reference contract, content-based types, duplicates, bad PDFs, originals kept intact. */
class UploadIT {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-upload").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String uploadUrl() {
        return server.baseUrl() + "/api/ui-upload";
    }

    @Test
    void textPdfIsQueuedProcessedWithoutOcrAndItsOriginalKeptByteForByte() {
        byte[] pdf =
                TestDocuments.textPdf("Invoice 2026-0042", "Total amount due: 118.00 EUR", "Thank you for your order");
        Http.Answer answer = Http.upload(uploadUrl(), "invoice.pdf", pdf);
        assertEquals(200, answer.status(), answer.body());
        JsonObject body = answer.json();
        assertEquals("queued", body.getString("status"));
        assertEquals("invoice.pdf", body.getString("original_filename"));
        assertTrue(body.getString("stored_filename").matches("[0-9a-f-]{36}\\.pdf"), body.getString("stored_filename"));
        assertTrue(body.getString("task_id").matches("[0-9a-f-]{36}"));
        long fileId = body.getJsonNumber("file_id").longValue();

        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), fileId, WITHIN);
        assertEquals("completed", Documents.status(detail), detail.toString());
        assertEquals("success", Documents.stepStatus(detail, "check_text"));
        assertEquals("success", Documents.stepStatus(detail, "extract_text"));
        assertEquals("skipped", Documents.stepStatus(detail, "process_with_ocr"), "a text PDF skips OCR");

        Http.Answer download = Http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.baseUrl() + "/api/files/" + fileId + "/download?version=original"))
                .GET()
                .build());
        assertEquals(200, download.status());
        assertTrue(Files.exists(server.workdir().resolve("original").resolve(body.getString("stored_filename"))));
        assertArrayEquals(pdf, readOriginal(body.getString("stored_filename")), "original stored byte-identical");
    }

    @Test
    void pathTraversalNamesAreReducedToASafeBasename() {
        Http.Answer answer =
                Http.upload(uploadUrl(), "../../etc/passwd.pdf", TestDocuments.textPdf("traversal attempt"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("passwd.pdf", answer.json().getString("original_filename"));
        String stored = answer.json().getString("stored_filename");
        assertFalse(stored.contains("/") || stored.contains(".."), stored);
        assertTrue(Files.isRegularFile(server.workdir().resolve("original").resolve(stored)));
    }

    @Test
    void zipNamedPdfIsRefusedWith415AndNothingIsStored() throws IOException {
        List<Path> before = originals();
        Http.Answer answer = Http.upload(uploadUrl(), "invoice.pdf", TestDocuments.zip());
        assertEquals(415, answer.status(), answer.body());
        String detail = answer.json().getString("detail");
        assertTrue(detail.contains("ZIP"), detail);
        assertEquals(before, originals(), "no original stored");
        try (Stream<Path> tmp = Files.list(server.workdir().resolve("tmp"))) {
            assertTrue(tmp.noneMatch(p -> p.getFileName().toString().startsWith("upload-")), "no partial upload left");
        }
    }

    @Test
    void emptyFileAndMissingFieldAreRefused() {
        Http.Answer empty = Http.upload(uploadUrl(), "empty.pdf", new byte[0]);
        assertEquals(415, empty.status(), empty.body());
        assertTrue(empty.json().getString("detail").contains("empty"));
        Http.Answer noFile = Http.post(uploadUrl(), "{}");
        assertTrue(noFile.status() == 415 || noFile.status() == 422, "status " + noFile.status());
        assertTrue(noFile.json().containsKey("detail"));
    }

    @Test
    void exactDuplicateAnswersTheReferenceShapeAndQueuesNothing() throws IOException {
        byte[] pdf = TestDocuments.textPdf("Kontoauszug Nr. 7", "Datum 14.03.2026");
        Http.Answer first = Http.upload(uploadUrl(), "auszug.pdf", pdf);
        long fileId = first.json().getJsonNumber("file_id").longValue();
        List<Path> before = originals();
        Http.Answer second = Http.upload(uploadUrl(), "auszug-copy.pdf", pdf);
        assertEquals(200, second.status(), second.body());
        JsonObject body = second.json();
        assertEquals("duplicate", body.getString("status"));
        assertEquals("auszug-copy.pdf", body.getString("original_filename"));
        JsonObject duplicateOf = body.getJsonObject("duplicate_of");
        assertEquals("exact", duplicateOf.getString("duplicate_type"));
        assertEquals(fileId, duplicateOf.getJsonNumber("original_file_id").longValue());
        assertEquals("auszug.pdf", duplicateOf.getString("original_filename"));
        assertFalse(body.containsKey("task_id"), "nothing queued");
        assertEquals(before, originals(), "nothing stored");
    }

    @Test
    void encryptedPdfFailsAtCheckTextWithPasswordRequiredAndIsNotRetried() {
        byte[] pdf = TestDocuments.encryptedPdf();
        long fileId = Http.upload(uploadUrl(), "salary.pdf", pdf)
                .json()
                .getJsonNumber("file_id")
                .longValue();
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), fileId, WITHIN);
        assertEquals("failed", Documents.status(detail));
        assertEquals("failure", Documents.stepStatus(detail, "check_text"));
        assertTrue(detail.toString().contains("password required"), detail.toString());
        assertEquals("pending", Documents.stepStatus(detail, "process_with_ocr"), "later steps never ran");
        long retries = detail.getJsonArray("logs").stream()
                .filter(l -> l.asJsonObject().getString("message", "").contains("retrying"))
                .count();
        assertEquals(0, retries, "a rejected document is not retried");
    }

    @Test
    void truncatedPdfFailsWithTheParsersReasonAndKeepsTheOriginal() throws IOException {
        byte[] whole = TestDocuments.textPdf("This document will be cut in half by a broken scanner upload");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Http.Answer answer = Http.upload(uploadUrl(), "broken.pdf", half);
        long fileId = answer.json().getJsonNumber("file_id").longValue();
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), fileId, WITHIN);
        assertEquals("failed", Documents.status(detail), detail.toString());
        assertTrue(detail.toString().contains("unreadable PDF"), detail.toString());
        assertArrayEquals(half, readOriginal(answer.json().getString("stored_filename")), "original unchanged");
    }

    private static byte[] readOriginal(String stored) {
        try {
            return Files.readAllBytes(server.workdir().resolve("original").resolve(stored));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.list(server.workdir().resolve("original"))) {
            return files.sorted().toList();
        }
    }
}
