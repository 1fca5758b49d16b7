package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The read side and the document commands over HTTP, as a client uses them, on PostgreSQL: list filters,
 * sort and pagination, detail, downloads and previews, logs, duplicates, queue statistics, bulk ZIP, reprocess
 * and retry, legal hold, and deletion down to the files in the work directory. Destructive tests run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilesApiIT {

    private static final Duration WITHIN = Duration.ofSeconds(180);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PDF_NAME = "files-api-" + RUN + ".pdf";
    private static final String PNG_NAME = "scan-" + RUN + ".png";
    private static final long UNKNOWN_ID = 999_999;
    private static final Set<String> LIST_ITEM_FIELDS = Set.of(
            "id",
            "filehash",
            "original_filename",
            "local_filename",
            "file_size",
            "mime_type",
            "legal_hold",
            "is_private",
            "privacy_manual_override",
            "created_at",
            "processing_status");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "last_step", "has_errors", "total_steps");
    private static final Set<String> LOG_FIELDS =
            Set.of("id", "file_id", "task_id", "step_name", "status", "message", "timestamp");

    private static String database;
    private static LibertyServer server;
    private static byte[] pdf;
    private static byte[] png;
    private static long pdfId;
    private static long pngId;
    private static String pdfTaskId;

    /** A response with its body as bytes (downloads, ZIP). */
    private record Binary(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    @BeforeAll
    static void startAndUpload() {
        System.setProperty("java.awt.headless", "true");
        database = PostgresDatabases.create("it_files");
        server = LibertyServer.war("it-files")
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .start();
        pdf = TestDocuments.textPdf("Files API test " + RUN, "Invoice total 42.00 EUR");
        png = pngWithText("SCAN " + RUN);
        JsonObject pdfUpload = upload(PDF_NAME, pdf);
        pdfId = pdfUpload.getJsonNumber("file_id").longValue();
        pdfTaskId = pdfUpload.getString("task_id");
        pngId = upload(PNG_NAME, png).getJsonNumber("file_id").longValue();
        awaitDone(pdfId);
        awaitDone(pngId);
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            if (database != null) {
                PostgresDatabases.drop(database);
            }
        }
    }

    @Test
    @Order(1)
    void listHasTheReferenceShapeAndDefaults() {
        JsonObject page = getJson("/api/files");
        assertEquals(Set.of("files", "pagination"), page.keySet());
        JsonArray files = page.getJsonArray("files");
        assertEquals(2, files.size(), page.toString());
        for (JsonValue value : files) {
            JsonObject file = value.asJsonObject();
            assertEquals(LIST_ITEM_FIELDS, file.keySet(), file.toString());
            assertEquals(STATUS_FIELDS, file.getJsonObject("processing_status").keySet());
            assertTrue(file.isNull("privacy_manual_override"));
            assertTrue(OffsetDateTime.parse(file.getString("created_at"))
                    .isBefore(OffsetDateTime.now().plusMinutes(1)));
        }
        assertEquals(List.of(pngId, pdfId), ids(page), "newest first by default");
        JsonObject pagination = page.getJsonObject("pagination");
        assertEquals(Set.of("page", "per_page", "total", "pages", "next", "previous"), pagination.keySet());
        assertEquals(1, pagination.getInt("page"));
        assertEquals(25, pagination.getInt("per_page"));
        assertEquals(2, pagination.getInt("total"));
        assertEquals(1, pagination.getInt("pages"));
        assertTrue(pagination.isNull("next") && pagination.isNull("previous"));
    }

    @Test
    @Order(2)
    void listFiltersSortAndPaginate() {
        assertEquals(
                List.of(pdfId),
                ids(getJson("/api/files?search=" + encode(PDF_NAME.toUpperCase()))),
                "search is case-insensitive");
        assertEquals(0, total("/api/files?search=" + encode("%")), "% is matched literally");
        assertEquals(0, total("/api/files?search=" + encode("_")), "_ is matched literally");
        assertEquals(List.of(pngId), ids(getJson("/api/files?mime_type=" + encode("image/png"))));
        assertEquals(List.of(pdfId), ids(getJson("/api/files?mime_type=" + encode("application/pdf"))));

        assertEquals("completed", status(pdfId), "a text PDF completes");
        int partition = 0;
        for (String status : List.of("pending", "processing", "completed", "failed", "duplicate")) {
            JsonObject page = getJson("/api/files?status=" + status);
            for (JsonValue file : page.getJsonArray("files")) {
                assertEquals(
                        status,
                        file.asJsonObject().getJsonObject("processing_status").getString("status"),
                        "the status filter agrees with the derived status");
            }
            partition += page.getJsonObject("pagination").getInt("total");
        }
        assertEquals(2, partition, "every document is in exactly one status");
        assertTrue(ids(getJson("/api/files?status=completed")).contains(pdfId));

        assertEquals(List.of(pdfId, pngId), ids(getJson("/api/files?sort_by=id&sort_order=asc")));
        List<Long> sizes = getJson("/api/files?sort_by=file_size&sort_order=asc").getJsonArray("files").stream()
                .map(file -> file.asJsonObject().getJsonNumber("file_size").longValue())
                .toList();
        assertTrue(sizes.get(0) <= sizes.get(1), sizes.toString());
        assertEquals(List.of(pdfId, pngId), ids(getJson("/api/files?sort_by=original_filename&sort_order=asc")));

        JsonObject first = getJson("/api/files?per_page=1&sort_by=id&sort_order=asc");
        assertEquals(List.of(pdfId), ids(first));
        JsonObject pagination = first.getJsonObject("pagination");
        assertEquals(2, pagination.getInt("total"));
        assertEquals(2, pagination.getInt("pages"));
        assertTrue(pagination.isNull("previous"));
        assertTrue(pagination.getString("next").contains("page=2"), pagination.toString());
        Http.Answer next = Http.get(pagination.getString("next"));
        assertEquals(200, next.status(), next.body());
        assertEquals(List.of(pngId), ids(next.json()), "the next URL keeps the other parameters");
        assertTrue(next.json().getJsonObject("pagination").isNull("next"));
        assertFalse(next.json().getJsonObject("pagination").isNull("previous"));
        assertEquals(0, getJson("/api/files?page=5").getJsonArray("files").size());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(2, total("/api/files?date_from=" + today.minusDays(1) + "&date_to=" + today.plusDays(1)));
        assertEquals(0, total("/api/files?date_from=" + today.plusDays(1)));
        assertEquals(0, total("/api/files?date_to=" + today.minusDays(1)));
        assertEquals(
                2,
                total("/api/files?date_from="
                        + encode(
                                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString())));
    }

    @Test
    @Order(3)
    void invalidListParametersAre422WithADetail() {
        for (String query : List.of(
                "sort_by=status",
                "sort_by=ocr_text",
                "sort_order=up",
                "per_page=201",
                "per_page=0",
                "page=0",
                "page=abc",
                "status=done",
                "date_from=yesterday",
                "date_to=2026-13-01",
                "search=" + "x".repeat(256))) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/files?" + query);
            assertEquals(422, answer.status(), query + ": " + answer.body());
            assertFalse(answer.json().getString("detail").isBlank(), query);
        }
    }

    @Test
    @Order(4)
    void detailShowsFileStatusStepsLogsNewestFirstAndFilesOnDisk() {
        JsonObject detail = getJson("/api/files/" + pdfId);
        assertTrue(
                detail.keySet().containsAll(Set.of("file", "processing_status", "steps", "logs", "files_on_disk")),
                detail.keySet().toString());
        JsonObject file = detail.getJsonObject("file");
        assertEquals(pdfId, file.getJsonNumber("id").longValue());
        assertEquals(TestDocuments.sha256(pdf), file.getString("filehash"));
        assertEquals(PDF_NAME, file.getString("original_filename"));
        assertEquals(pdf.length, file.getJsonNumber("file_size").longValue());
        assertEquals("application/pdf", file.getString("mime_type"));
        assertFalse(file.containsKey("ocr_text"), "the text is never part of the file JSON");

        JsonObject status = detail.getJsonObject("processing_status");
        assertEquals(STATUS_FIELDS, status.keySet());
        assertEquals("completed", status.getString("status"));
        assertFalse(status.getBoolean("has_errors"));
        assertTrue(status.getInt("total_steps") >= 4, status.toString());
        assertEquals("success", Documents.stepStatus(detail, "check_text"));
        assertEquals("skipped", Documents.stepStatus(detail, "process_with_ocr"));
        assertEquals("success", Documents.stepStatus(detail, "finalize_pipeline"));

        JsonArray logs = detail.getJsonArray("logs");
        assertFalse(logs.isEmpty());
        OffsetDateTime previous = null;
        for (JsonValue value : logs) {
            JsonObject log = value.asJsonObject();
            assertTrue(
                    log.keySet().containsAll(Set.of("id", "task_id", "step_name", "status", "message", "timestamp")));
            OffsetDateTime at = OffsetDateTime.parse(log.getString("timestamp"));
            assertTrue(previous == null || !at.isAfter(previous), "logs newest first");
            previous = at;
        }
        assertEquals(
                Set.of("original", "processed"),
                detail.getJsonObject("files_on_disk").keySet());
        assertTrue(detail.getJsonObject("files_on_disk").getBoolean("original"));

        Http.Answer unknown = Http.get(server.baseUrl() + "/api/files/" + UNKNOWN_ID);
        assertEquals(404, unknown.status());
        assertEquals(
                "File record with ID " + UNKNOWN_ID + " not found",
                unknown.json().getString("detail"));
        for (String bad : List.of("abc", "0", "-5")) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/files/" + bad);
            assertEquals(422, answer.status(), bad + ": " + answer.body());
            assertTrue(answer.json().containsKey("detail"));
        }
    }

    @Test
    @Order(5)
    void downloadsSendTheOriginalByteForByteAndSayWhenNoProcessedFileExists() {
        Binary original = getBytes("/api/files/" + pdfId + "/download");
        assertEquals(200, original.status());
        assertEquals(TestDocuments.sha256(pdf), TestDocuments.sha256(original.body()), "original is byte-identical");
        assertTrue(original.header("Content-Type").startsWith("application/pdf"), original.header("Content-Type"));
        assertEquals(String.valueOf(pdf.length), original.header("Content-Length"));
        assertEquals("attachment; filename=\"" + PDF_NAME + "\"", original.header("Content-Disposition"));
        assertEquals("nosniff", original.header("X-Content-Type-Options"));

        Binary image = getBytes("/api/files/" + pngId + "/download?version=original");
        assertEquals(200, image.status());
        assertArrayEquals(png, image.body());
        assertTrue(image.header("Content-Type").startsWith("image/png"));

        Http.Answer badVersion = Http.get(server.baseUrl() + "/api/files/" + pdfId + "/download?version=latest");
        assertEquals(400, badVersion.status());
        assertEquals(
                "Invalid version parameter. Use 'original' or 'processed'",
                badVersion.json().getString("detail"));

        assertTrue(
                getJson("/api/files/" + pdfId).getJsonObject("files_on_disk").getBoolean("processed"),
                "a text PDF is enriched with its metadata into a processed copy");
        Binary enriched = getBytes("/api/files/" + pdfId + "/download?version=processed");
        assertEquals(200, enriched.status());
        assertTrue(new String(enriched.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertFalse(java.util.Arrays.equals(pdf, enriched.body()), "the processed copy carries the metadata");
        assertArrayEquals(
                pdf,
                getBytes("/api/files/" + pdfId + "/download?version=original").body(),
                "the original is untouched");

        long lockedId = upload("locked-" + RUN + ".pdf", TestDocuments.encryptedPdf())
                .getJsonNumber("file_id")
                .longValue();
        awaitDone(lockedId);
        assertFalse(
                getJson("/api/files/" + lockedId).getJsonObject("files_on_disk").getBoolean("processed"));
        Http.Answer noProcessed = Http.get(server.baseUrl() + "/api/files/" + lockedId + "/download?version=processed");
        assertEquals(404, noProcessed.status());
        assertTrue(noProcessed.json().getString("detail").startsWith("Processed file not found"), noProcessed.body());

        JsonObject scan = getJson("/api/files/" + pngId);
        if (scan.getJsonObject("files_on_disk").getBoolean("processed")) {
            Binary processed = getBytes("/api/files/" + pngId + "/download?version=processed");
            assertEquals(200, processed.status());
            assertTrue(processed.header("Content-Type").startsWith("application/pdf"));
            assertTrue(new String(processed.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
            assertEquals(String.valueOf(processed.body().length), processed.header("Content-Length"));
        }
        assertEquals(
                404,
                Http.get(server.baseUrl() + "/api/files/" + UNKNOWN_ID + "/download")
                        .status());
    }

    @Test
    @Order(6)
    void previewsAreInlineForPassiveTypesWithNosniff() {
        Binary pdfPreview = getBytes("/api/files/" + pdfId + "/preview");
        assertEquals(200, pdfPreview.status());
        assertTrue(pdfPreview.header("Content-Type").startsWith("application/pdf"));
        assertTrue(
                pdfPreview.header("Content-Disposition").startsWith("inline"),
                pdfPreview.header("Content-Disposition"));
        assertEquals("nosniff", pdfPreview.header("X-Content-Type-Options"));
        assertEquals(
                List.of("frame-ancestors 'self'"),
                pdfPreview.headers().allValues("Content-Security-Policy"),
                "a PDF viewer works under the preview's policy");
        assertTrue(new String(pdfPreview.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertTrue(
                TestDocuments.pdfText(pdfPreview.body())
                        .contains(TestDocuments.pdfText(pdf).strip()),
                "the same pages");

        Binary pngPreview = getBytes("/api/files/" + pngId + "/preview?version=original");
        assertEquals(200, pngPreview.status());
        assertTrue(pngPreview.header("Content-Type").startsWith("image/png"));
        assertTrue(pngPreview.header("Content-Disposition").startsWith("inline"));
        assertEquals("nosniff", pngPreview.header("X-Content-Type-Options"));
        assertEquals(List.of("sandbox"), pngPreview.headers().allValues("Content-Security-Policy"));

        assertEquals(
                400,
                Http.get(server.baseUrl() + "/api/files/" + pdfId + "/preview?version=../../etc")
                        .status());
        assertEquals(
                404,
                Http.get(server.baseUrl() + "/api/files/" + UNKNOWN_ID + "/preview")
                        .status());
    }

    @Test
    @Order(7)
    void logsListFilterAndPerFileAndPerTaskViews() {
        JsonArray all = getArray("/api/logs");
        assertFalse(all.isEmpty());
        for (JsonValue value : all) {
            assertEquals(LOG_FIELDS, value.asJsonObject().keySet());
        }
        JsonArray ofPdf = getArray("/api/logs?file_id=" + pdfId);
        assertFalse(ofPdf.isEmpty());
        OffsetDateTime previous = null;
        for (JsonValue value : ofPdf) {
            JsonObject log = value.asJsonObject();
            assertEquals(pdfId, log.getJsonNumber("file_id").longValue());
            OffsetDateTime at = OffsetDateTime.parse(log.getString("timestamp"));
            assertTrue(previous == null || !at.isAfter(previous), "newest first");
            previous = at;
        }
        assertEquals(1, getArray("/api/logs?file_id=" + pdfId + "&limit=1").size());
        JsonArray ofTask = getArray("/api/logs?task_id=" + pdfTaskId);
        assertFalse(ofTask.isEmpty(), "the upload's task logged its steps");
        ofTask.forEach(value -> assertEquals(pdfTaskId, value.asJsonObject().getString("task_id")));
        for (String query : List.of("limit=0", "limit=1001", "file_id=abc", "task_id=not-a-uuid", "task_id=1234")) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/logs?" + query);
            assertEquals(422, answer.status(), query + ": " + answer.body());
        }

        JsonObject fileLogs = getJson("/api/logs/file/" + pdfId);
        assertEquals(pdfId, fileLogs.getJsonObject("file").getJsonNumber("id").longValue());
        assertEquals(PDF_NAME, fileLogs.getJsonObject("file").getString("original_filename"));
        JsonArray flow = fileLogs.getJsonArray("logs");
        assertEquals(flow.size(), fileLogs.getInt("total_logs"));
        assertEquals(ofPdf.size(), flow.size());
        assertEquals(
                ofPdf.get(0).asJsonObject().getJsonNumber("id"),
                flow.get(flow.size() - 1).asJsonObject().getJsonNumber("id"),
                "the per-file view is oldest first");
        Http.Answer unknownFile = Http.get(server.baseUrl() + "/api/logs/file/" + UNKNOWN_ID);
        assertEquals(404, unknownFile.status());
        assertTrue(unknownFile.json().getString("detail").contains(String.valueOf(UNKNOWN_ID)));

        JsonObject taskLogs = getJson("/api/logs/task/" + pdfTaskId);
        assertEquals(pdfTaskId, taskLogs.getString("task_id"));
        assertEquals(ofTask.size(), taskLogs.getInt("total_logs"));
        String unknownTask = UUID.randomUUID().toString();
        Http.Answer noTask = Http.get(server.baseUrl() + "/api/logs/task/" + unknownTask);
        assertEquals(404, noTask.status());
        assertEquals("No logs found for task " + unknownTask, noTask.json().getString("detail"));
        assertEquals(
                422, Http.get(server.baseUrl() + "/api/logs/task/not-a-uuid").status());
    }

    @Test
    @Order(8)
    void exactDuplicatesAreReportedAndListedAsGroups() throws Exception {
        Http.Answer again = Http.upload(server.baseUrl() + "/api/ui-upload", "copy-" + PDF_NAME, pdf);
        assertEquals(200, again.status(), again.body());
        assertEquals("duplicate", again.json().getString("status"));
        assertEquals(
                pdfId,
                again.json()
                        .getJsonObject("duplicate_of")
                        .getJsonNumber("original_file_id")
                        .longValue());

        long duplicateId = insertDuplicateRecord(pdfId, "watched-copy-" + PDF_NAME);
        JsonObject duplicates = getJson("/api/duplicates");
        assertTrue(
                duplicates.keySet().containsAll(Set.of("groups", "total_groups", "page", "per_page", "pages")),
                duplicates.keySet().toString());
        assertTrue(duplicates.getInt("total_groups") >= 1);
        assertEquals(1, duplicates.getInt("page"));
        assertEquals(25, duplicates.getInt("per_page"));
        JsonObject group = duplicates.getJsonArray("groups").stream()
                .map(JsonValue::asJsonObject)
                .filter(candidate -> candidate.getString("filehash").equals(TestDocuments.sha256(pdf)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group for the PDF: " + duplicates));
        assertEquals(pdfId, group.getJsonObject("original").getJsonNumber("id").longValue());
        List<Long> copies = group.getJsonArray("duplicates").stream()
                .map(value -> value.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        assertTrue(copies.contains(duplicateId), copies.toString());
        assertEquals(copies.size(), group.getInt("duplicate_count"));
        JsonObject copy = group.getJsonArray("duplicates").getJsonObject(copies.indexOf(duplicateId));
        assertTrue(copy.getBoolean("is_duplicate"));
        assertEquals(pdfId, copy.getJsonNumber("duplicate_of_id").longValue());

        JsonObject listed = getJson("/api/files?status=duplicate");
        assertTrue(ids(listed).contains(duplicateId));
        assertEquals(
                422, Http.get(server.baseUrl() + "/api/duplicates?per_page=0").status());

        Http.Answer deleted = Http.delete(server.baseUrl() + "/api/files/" + duplicateId);
        assertEquals(200, deleted.status(), deleted.body());
        assertArrayEquals(
                pdf,
                getBytes("/api/files/" + pdfId + "/download").body(),
                "deleting a duplicate record leaves the shared original in place");
    }

    @Test
    @Order(9)
    void bulkDownloadStreamsAZipOfPreferredFilesWithUniqueNames() {
        byte[] sameName = TestDocuments.textPdf("Another document with the same name " + RUN);
        long sameNameId = upload(PDF_NAME, sameName).getJsonNumber("file_id").longValue();
        awaitDone(sameNameId);

        Binary zip = postBytes(
                "/api/files/bulk-download",
                "[" + pdfId + ", " + pngId + ", " + sameNameId + ", " + UNKNOWN_ID + ", " + pdfId + "]");
        assertEquals(200, zip.status(), new String(zip.body(), StandardCharsets.UTF_8));
        assertTrue(zip.header("Content-Type").startsWith("application/zip"));
        assertTrue(zip.header("Content-Disposition").startsWith("attachment"));
        Map<String, byte[]> entries = unzip(zip.body());
        assertEquals(3, entries.size(), entries.keySet().toString());
        java.util.Set<String> expected = new java.util.HashSet<>();
        for (long id : new long[] {pdfId, pngId, sameNameId}) {
            awaitDone(id);
            boolean processed =
                    getJson("/api/files/" + id).getJsonObject("files_on_disk").getBoolean("processed");
            Binary preferred =
                    getBytes("/api/files/" + id + "/download?version=" + (processed ? "processed" : "original"));
            expected.add(TestDocuments.sha256(preferred.body()));
        }
        java.util.Set<String> zipped = new java.util.HashSet<>();
        entries.values().forEach(bytes -> zipped.add(TestDocuments.sha256(bytes)));
        assertEquals(expected, zipped, "each document once, its processed file preferred: " + entries.keySet());

        assertEquals(
                404,
                postBytes("/api/files/bulk-download", "[" + UNKNOWN_ID + "]").status());
        assertEquals(404, postBytes("/api/files/bulk-download", "[]").status());
        assertEquals(422, postBytes("/api/files/bulk-download", "not json").status());
        assertEquals(422, postBytes("/api/files/bulk-download", "[0]").status());

        awaitDone(sameNameId);
        assertEquals(
                200, Http.delete(server.baseUrl() + "/api/files/" + sameNameId).status());
    }

    @Test
    @Order(10)
    void queueStatisticsHaveTheReferenceShapeAndOurFigures() {
        JsonObject stats = getJson("/api/queue/stats");
        assertTrue(
                stats.keySet()
                        .containsAll(Set.of(
                                "queues",
                                "total_queued",
                                "running",
                                "failed",
                                "oldest_queued_age_seconds",
                                "celery",
                                "db_summary")),
                stats.keySet().toString());
        JsonObject queues = stats.getJsonObject("queues");
        assertTrue(queues.containsKey("document_processor") && queues.containsKey("default"), queues.toString());
        long sum = queues.values().stream()
                .mapToLong(value -> ((JsonNumber) value).longValue())
                .sum();
        assertEquals(sum, stats.getJsonNumber("total_queued").longValue());
        assertTrue(stats.getJsonNumber("running").longValue() >= 0);
        assertTrue(stats.isNull("oldest_queued_age_seconds")
                || stats.getJsonNumber("oldest_queued_age_seconds").longValue() >= 0);
        assertTrue(stats.getJsonObject("celery")
                .keySet()
                .containsAll(Set.of("workers_online", "active", "reserved", "scheduled")));
        JsonObject summary = stats.getJsonObject("db_summary");
        assertTrue(
                summary.keySet()
                        .containsAll(Set.of(
                                "total_files",
                                "processing",
                                "failed",
                                "completed",
                                "pending",
                                "recent_processing",
                                "steps_by_status")),
                summary.keySet().toString());
        assertTrue(summary.getInt("total_files") >= 2);
        assertTrue(summary.getInt("completed") >= 1);
        assertEquals(
                summary.getInt("total_files"),
                summary.getInt("processing")
                        + summary.getInt("failed")
                        + summary.getInt("completed")
                        + summary.getInt("pending")
                        + summary.getInt("duplicate"));
        assertTrue(summary.getJsonObject("steps_by_status").getInt("success") >= 1);
    }

    @Test
    @Order(11)
    void reprocessAndRetryQueueNewTasksThatRunToCompletion() {
        Http.Answer reprocess = Http.post(server.baseUrl() + "/api/files/" + pdfId + "/reprocess", "");
        assertEquals(200, reprocess.status(), reprocess.body());
        JsonObject queued = reprocess.json();
        assertEquals("success", queued.getString("status"));
        assertEquals(pdfId, queued.getJsonNumber("file_id").longValue());
        assertEquals(PDF_NAME, queued.getString("filename"));
        awaitTask(pdfId, queued.getString("task_id"));
        assertEquals(
                404,
                Http.post(server.baseUrl() + "/api/files/" + UNKNOWN_ID + "/reprocess", "")
                        .status());

        assertEquals(
                422,
                Http.post(server.baseUrl() + "/api/files/" + pdfId + "/retry-subtask", "")
                        .status());
        Http.Answer invalid =
                Http.post(server.baseUrl() + "/api/files/" + pdfId + "/retry-subtask?subtask_name=upload_to_mars", "");
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.json().getString("detail").contains("upload_to_mars"));
        Http.Answer retry =
                Http.post(server.baseUrl() + "/api/files/" + pdfId + "/retry-subtask?subtask_name=extract_text", "");
        assertEquals(200, retry.status(), retry.body());
        assertEquals("extract_text", retry.json().getString("subtask_name"));
        awaitTask(pdfId, retry.json().getString("task_id"));
        Http.Answer retryByBody = Http.post(
                server.baseUrl() + "/api/files/" + pdfId + "/retry-subtask", "{\"subtask_name\": \"check_text\"}");
        assertEquals(200, retryByBody.status(), retryByBody.body());
        awaitTask(pdfId, retryByBody.json().getString("task_id"));

        Http.Answer bulk =
                Http.post(server.baseUrl() + "/api/files/bulk-reprocess", "[" + pdfId + ", " + UNKNOWN_ID + "]");
        assertEquals(200, bulk.status(), bulk.body());
        JsonObject result = bulk.json();
        assertEquals("success", result.getString("status"));
        assertEquals(1, result.getJsonArray("processed_files").size());
        JsonObject processed = result.getJsonArray("processed_files").getJsonObject(0);
        assertEquals(pdfId, processed.getJsonNumber("file_id").longValue());
        assertEquals(
                UNKNOWN_ID,
                result.getJsonArray("errors")
                        .getJsonObject(0)
                        .getJsonNumber("file_id")
                        .longValue());
        assertEquals(
                List.of(processed.getString("task_id")),
                result.getJsonArray("task_ids").getValuesAs(JsonString::getString));
        awaitTask(pdfId, processed.getString("task_id"));
        assertEquals(
                404,
                Http.post(server.baseUrl() + "/api/files/bulk-reprocess", "[" + UNKNOWN_ID + "]")
                        .status());
        assertEquals(
                422,
                Http.post(server.baseUrl() + "/api/files/bulk-reprocess", "{\"ids\": [1]}")
                        .status());
    }

    @Test
    @Order(12)
    void legalHoldBlocksSingleAndBulkDeletionAndNothingIsDeleted() throws Exception {
        long heldId = upload("held-" + RUN + ".pdf", TestDocuments.textPdf("Held " + RUN))
                .getJsonNumber("file_id")
                .longValue();
        awaitDone(heldId);
        setLegalHold(heldId, true);

        Http.Answer bulk = Http.post(server.baseUrl() + "/api/files/bulk-delete", "[" + heldId + ", " + pngId + "]");
        assertEquals(409, bulk.status(), bulk.body());
        assertTrue(bulk.json().getString("detail").contains(String.valueOf(heldId)));
        assertEquals(200, Http.get(server.baseUrl() + "/api/files/" + heldId).status());
        assertEquals(200, Http.get(server.baseUrl() + "/api/files/" + pngId).status(), "nothing was deleted");
        assertTrue(getJson("/api/files?sort_by=id").getJsonArray("files").stream()
                .anyMatch(file -> file.asJsonObject().getBoolean("legal_hold")));

        Http.Answer single = Http.delete(server.baseUrl() + "/api/files/" + heldId);
        assertEquals(409, single.status(), single.body());

        setLegalHold(heldId, false);
        assertEquals(200, Http.delete(server.baseUrl() + "/api/files/" + heldId).status());
    }

    @Test
    @Order(13)
    void deleteRemovesTheRecordAndItsFilesFromTheWorkDirectory() throws IOException {
        byte[] doomed = TestDocuments.textPdf("Delete me " + RUN);
        long doomedId = upload("doomed-" + RUN + ".pdf", doomed)
                .getJsonNumber("file_id")
                .longValue();
        awaitDone(doomedId);
        assertEquals(1, filesWithHash("original", TestDocuments.sha256(doomed)).size());

        Http.Answer deleted = Http.delete(server.baseUrl() + "/api/files/" + doomedId);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals("success", deleted.json().getString("status"));
        assertFalse(deleted.json().getString("message").isBlank());
        assertEquals(404, Http.get(server.baseUrl() + "/api/files/" + doomedId).status());
        assertEquals(
                List.of(), filesWithHash("original", TestDocuments.sha256(doomed)), "original removed from WORKDIR");
        assertEquals(
                404, Http.delete(server.baseUrl() + "/api/files/" + doomedId).status());
        assertEquals(422, Http.delete(server.baseUrl() + "/api/files/abc").status());

        String processedHash = null;
        if (getJson("/api/files/" + pngId).getJsonObject("files_on_disk").getBoolean("processed")) {
            processedHash = TestDocuments.sha256(getBytes("/api/files/" + pngId + "/download?version=processed")
                    .body());
            assertEquals(1, filesWithHash("processed", processedHash).size());
        }
        Http.Answer bulk =
                Http.post(server.baseUrl() + "/api/files/bulk-delete", "[" + pngId + ", " + UNKNOWN_ID + "]");
        assertEquals(200, bulk.status(), bulk.body());
        assertEquals(List.of(pngId), longs(bulk.json().getJsonArray("deleted_ids")));
        assertEquals(List.of(UNKNOWN_ID), longs(bulk.json().getJsonArray("not_found_ids")));
        assertEquals(404, Http.get(server.baseUrl() + "/api/files/" + pngId).status());
        assertEquals(List.of(), filesWithHash("original", TestDocuments.sha256(png)));
        if (processedHash != null) {
            assertEquals(List.of(), filesWithHash("processed", processedHash), "processed PDF removed from WORKDIR");
        }
        assertEquals(
                404,
                Http.post(server.baseUrl() + "/api/files/bulk-delete", "[" + UNKNOWN_ID + "]")
                        .status());
        assertEquals(
                422, Http.post(server.baseUrl() + "/api/files/bulk-delete", "[").status());
        List<Long> left = ids(getJson("/api/files"));
        assertTrue(left.contains(pdfId), "the first PDF is left: " + left);
        assertFalse(left.contains(doomedId) || left.contains(pngId), "deleted documents are gone: " + left);
    }

    private static JsonObject upload(String name, byte[] content) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, content);
        assertEquals(200, answer.status(), answer.body());
        assertEquals("queued", answer.json().getString("status"), answer.body());
        return answer.json();
    }

    /**
     * Waits until the document is terminal and the work queue has nothing queued or running any more (a worker
     * finishes its item just after the last step is recorded, and a command queued meanwhile would be refused).
     */
    private static JsonObject awaitDone(long fileId) {
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), fileId, WITHIN);
        Poll.until(WITHIN, "the work queue to be idle", () -> {
            JsonObject stats = getJson("/api/queue/stats");
            return stats.getJsonNumber("total_queued").longValue() == 0
                            && stats.getJsonNumber("running").longValue() == 0
                    ? stats
                    : null;
        });
        return detail;
    }

    /** Waits until the document is done again after {@code taskId} was queued, and asserts it completed. */
    private static void awaitTask(long fileId, String taskId) {
        Poll.until(
                WITHIN,
                "task " + taskId + " of file " + fileId + " to log its work",
                () -> getJson("/api/files/" + fileId).getJsonArray("logs").stream()
                                .anyMatch(
                                        log -> taskId.equals(log.asJsonObject().getString("task_id", null)))
                        ? taskId
                        : null);
        JsonObject detail = awaitDone(fileId);
        assertEquals("completed", Documents.status(detail), detail.toString());
    }

    private static String status(long fileId) {
        return Documents.status(getJson("/api/files/" + fileId));
    }

    private static JsonObject getJson(String path) {
        Http.Answer answer = Http.get(server.baseUrl() + path);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return answer.json();
    }

    private static JsonArray getArray(String path) {
        Http.Answer answer = Http.get(server.baseUrl() + path);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static long total(String path) {
        return getJson(path).getJsonObject("pagination").getJsonNumber("total").longValue();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("files").stream()
                .map(file -> file.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static List<Long> longs(JsonArray array) {
        return array.stream().map(value -> ((JsonNumber) value).longValue()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Binary getBytes(String path) {
        return sendBinary(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    }

    private static Binary postBytes(String path, String json) {
        return sendBinary(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static Binary sendBinary(HttpRequest request) {
        HttpResponse<byte[]> response = Http.download(request);
        return new Binary(response.statusCode(), response.body(), response.headers());
    }

    private static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertFalse(entries.containsKey(entry.getName()), "entry names are unique: " + entry.getName());
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Files under a work directory folder whose content has the given SHA-256. */
    private static List<Path> filesWithHash(String folder, String sha256) throws IOException {
        List<Path> matches = new ArrayList<>();
        Path root = server.workdir().resolve(folder);
        if (!Files.isDirectory(root)) {
            return matches;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (TestDocuments.sha256(Files.readAllBytes(file)).equals(sha256)) {
                    matches.add(file);
                }
            }
        }
        return matches;
    }

    /** A duplicate record as ingest paths other than the upload form (watch folders, mail) write one. */
    private static long insertDuplicateRecord(long originalId, String name) throws Exception {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO files (filehash, original_filename,"
                        + " local_filename, file_size, mime_type, is_duplicate, duplicate_of_id, legal_hold, is_private,"
                        + " created_at) SELECT filehash, ?, '', file_size, mime_type, TRUE, id, FALSE, FALSE, now()"
                        + " FROM files WHERE id = ? RETURNING id")) {
            insert.setString(1, name);
            insert.setLong(2, originalId);
            try (ResultSet created = insert.executeQuery()) {
                assertTrue(created.next());
                return created.getLong(1);
            }
        }
    }

    private static void setLegalHold(long fileId, boolean hold) throws Exception {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement update =
                        connection.prepareStatement("UPDATE files SET legal_hold = ? WHERE id = ?")) {
            update.setBoolean(1, hold);
            update.setLong(2, fileId);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** A white image with one line of large black text, which OCR can read. */
    private static byte[] pngWithText(String text) {
        BufferedImage image = new BufferedImage(1400, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(Color.BLACK);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 72));
            graphics.drawString(text, 40, 160);
        } finally {
            graphics.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
