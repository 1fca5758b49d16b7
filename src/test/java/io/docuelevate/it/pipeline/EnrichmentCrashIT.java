package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Corpus;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 1: a server killed with {@code kill -9} inside {@code embed_metadata_into_pdf} publishes
 * each scan with its OCR text layer after the restart, under the name the killed run chose, with no second
 * copy and no leftovers; the start-up sweep removes old leftovers and the readiness report names a processed
 * file no document owns. The test-only {@code TEST_PAUSE_AT} holds one document after its PDF and sidecar
 * are written but before the database knows them, the other after the database commit but before the
 * step's success; then the server is killed.
 */
class EnrichmentCrashIT {

    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

    @TempDir
    Path scratch;

    @Test
    void scansKilledInsideTheEnrichmentStepKeepTheirTextLayerAndLeaveNothingBehind() throws Exception {
        String database = PostgresDatabases.create("it_enrich_crash");
        try (LibertyServer server = LibertyServer.war("it-enrich-crash")
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .env("WORKER_LEASE_SECONDS", "5")
                .env("TASK_RETRY_DELAYS", "1")
                .env("TEST_PAUSE_AT", "embed-written,embed-committed")) {
            server.start();
            Path workdir = server.workdir();
            Path lieferschein = Files.write(
                    scratch.resolve("lieferschein.png"),
                    TestDocuments.scannedPng(List.of(
                            "Lieferschein Nummer 4711", "Zitronenfalter Gartenbedarf GmbH", "Menge 12 Stueck")));
            Map<Long, String> wordOf = new HashMap<>();
            wordOf.put(
                    upload(server, "linn-scan.pdf", TestDocuments.scannedPdf(Corpus.file("linn.png"), 1)), "Sequencer");
            wordOf.put(
                    upload(server, "lieferschein-scan.pdf", TestDocuments.scannedPdf(lieferschein, 1)),
                    "Zitronenfalter");

            List<Path> markers = Poll.until(Duration.ofMinutes(3), "both documents to be held inside the step", () -> {
                List<Path> held = list(workdir, "test-pause-");
                return held.size() == 2 ? held : null;
            });
            long written = heldDocument(markers, "embed-written");
            long committed = heldDocument(markers, "embed-committed");
            assertNull(processedPath(database, written), "held before the commit: the database does not know");
            String nameBeforeCrash =
                    processedNamesOf(workdir, originalPath(database, written)).get(0);
            String committedName = processedPath(database, committed);
            server.kill();

            plantOld(workdir.resolve("tmp/ocr-99999/ocr-00001.pdf"));
            plantOld(workdir.resolve("tmp/ocr-99999"));
            plantOld(workdir.resolve("tmp/upload-stale.part"));
            plantOld(workdir.resolve("processed/Stale-orphan.pdf"));
            plantOld(workdir.resolve("processed/Stale-orphan.json"));
            server.env("TEST_PAUSE_AT", "");
            server.start();

            for (long id : wordOf.keySet()) {
                JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, Duration.ofMinutes(3));
                assertEquals("completed", Documents.status(detail), detail.toString());
            }
            Poll.until(
                    Duration.ofSeconds(30),
                    "the work items to settle",
                    () -> count(database, "SELECT COUNT(*) FROM work_items WHERE state IN ('QUEUED', 'RUNNING')") == 0
                            ? Boolean.TRUE
                            : null);

            assertEquals(nameBeforeCrash, processedPath(database, written), "the re-run took over its own file");
            assertEquals(committedName, processedPath(database, committed), "the committed name stays");
            for (Map.Entry<Long, String> document : wordOf.entrySet()) {
                long id = document.getKey();
                String processed = processedPath(database, id);
                assertEquals(
                        List.of(processed.replaceFirst("\\.pdf$", ".json"), processed),
                        processedNamesOf(workdir, originalPath(database, id)).stream()
                                .sorted()
                                .toList(),
                        "one processed PDF and one sidecar for document " + id);
                String text = textOf(workdir.resolve(processed));
                assertTrue(
                        text.contains(document.getValue()),
                        "the OCR text layer of " + id + " is in its processed PDF: " + text);
                assertEquals(
                        1,
                        count(
                                database,
                                "SELECT COUNT(*) FROM processing_logs WHERE file_id = " + id
                                        + " AND step_name = 'embed_metadata_into_pdf' AND status = 'success'"),
                        "the step succeeded once for " + id);
            }
            assertEquals(4, list(workdir.resolve("processed"), "").size(), "two PDFs, two sidecars, no orphan");
            assertEquals(List.of(), list(workdir.resolve("tmp"), "ocr-"), "no OCR output or scratch left");
            assertFalse(Files.exists(workdir.resolve("tmp/upload-stale.part")), "the sweep removed the old upload");

            Path orphan = workdir.resolve("processed/Invoice-0012.pdf");
            Files.copy(workdir.resolve(processedPath(database, written)), orphan);
            Files.setLastModifiedTime(orphan, AN_HOUR_AGO);
            JsonObject item = readinessItem(server, "processed_files");
            assertEquals("warn", item.getString("status"), item.toString());
            assertTrue(
                    item.getString("evidence").contains("processed/Invoice-0012.pdf"),
                    "the report names the file no document owns: " + item);
        } finally {
            PostgresDatabases.drop(database);
        }
    }

    private static long upload(LibertyServer server, String name, byte[] scan) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, scan);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonNumber("file_id").longValue();
    }

    private static long heldDocument(List<Path> markers, String point) {
        String prefix = "test-pause-" + point + "-";
        return markers.stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith(prefix))
                .map(n -> Long.parseLong(n.substring(prefix.length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document held at " + point + ": " + markers));
    }

    /** The processed files (relative to the work directory) whose sidecar, or own sidecar, names this original. */
    private static List<String> processedNamesOf(Path workdir, String originalPath) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (Path sidecar : list(workdir.resolve("processed"), "")) {
            if (!sidecar.toString().endsWith(".json")) {
                continue;
            }
            JsonValue original;
            try (JsonReader reader = Json.createReader(new StringReader(Files.readString(sidecar)))) {
                original = reader.readObject().get("original_file_path");
            }
            if (original != null && Json.createValue(originalPath).equals(original)) {
                Path pdf =
                        sidecar.resolveSibling(sidecar.getFileName().toString().replaceFirst("\\.json$", ".pdf"));
                names.add(workdir.relativize(pdf).toString());
                names.add(workdir.relativize(sidecar).toString());
            }
        }
        return names;
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonObject readinessItem(LibertyServer server, String id) {
        Http.Answer answer = Http.get(server.baseUrl() + "/api/admin/readiness");
        assertEquals(200, answer.status(), answer.body());
        for (JsonValue value : answer.json().getJsonArray("items")) {
            if (id.equals(value.asJsonObject().getString("id"))) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no item " + id + " in " + answer.body());
    }

    private static void plantOld(Path path) throws IOException {
        if (!Files.exists(path)) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, "left by a crash");
        }
        Files.setLastModifiedTime(path, AN_HOUR_AGO);
    }

    private static List<Path> list(Path folder, String prefix) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String processedPath(String database, long id) {
        return text(database, "SELECT processed_file_path FROM files WHERE id = " + id);
    }

    private static String originalPath(String database, long id) {
        return text(database, "SELECT original_file_path FROM files WHERE id = " + id);
    }

    private static String text(String database, String sql) {
        try (Connection connection = PostgresDatabases.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String database, String sql) {
        return CrashRecoveryIT.count(database, sql);
    }
}
