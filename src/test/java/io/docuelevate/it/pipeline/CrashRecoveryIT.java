package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A server killed with {@code kill -9} while it OCRs documents finishes them after a restart: no
 * duplicate rows, no second processed file, no step that claims success twice.
 */
class CrashRecoveryIT {

    @Test
    void documentsBeingOcredWhenTheServerIsKilledAreFinishedAfterRestart() throws Exception {
        String database = PostgresDatabases.create("it_crash");
        try (LibertyServer server = LibertyServer.war("it-crash")
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .env("WORKER_LEASE_SECONDS", "8")
                .env("TASK_RETRY_DELAYS", "1")) {
            server.start();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                byte[] scan = TestDocuments.scannedPdf(TestDocuments.CORPUS.resolve("linn.png"), 3 + i);
                Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", "scan-" + i + ".pdf", scan);
                assertEquals(200, answer.status(), answer.body());
                ids.add(answer.json().getJsonNumber("file_id").longValue());
            }
            Poll.until(
                    Duration.ofSeconds(90),
                    "OCR to be in progress",
                    () -> count(
                                            database,
                                            "SELECT COUNT(*) FROM file_processing_steps WHERE step_name = 'process_with_ocr'"
                                                    + " AND status = 'in_progress'")
                                    > 0
                            ? Boolean.TRUE
                            : null);
            server.kill();

            server.start();
            Poll.until(
                    Duration.ofMinutes(4),
                    "both documents to complete after the restart and their work items to settle",
                    () -> count(
                                                    database,
                                                    "SELECT COUNT(*) FROM file_processing_steps WHERE step_name = 'finalize_pipeline'"
                                                            + " AND status = 'success'")
                                            == 2
                                    && count(
                                                    database,
                                                    "SELECT COUNT(*) FROM work_items WHERE state IN ('QUEUED', 'RUNNING')")
                                            == 0
                            ? Boolean.TRUE
                            : null);

            assertEquals(2, count(database, "SELECT COUNT(*) FROM files"), "no duplicate document rows");
            for (long id : ids) {
                for (String step : new String[] {"check_text", "process_with_ocr", "finalize_pipeline"}) {
                    assertEquals(
                            1,
                            count(
                                    database,
                                    "SELECT COUNT(*) FROM processing_logs WHERE file_id = " + id + " AND step_name = '"
                                            + step + "' AND status = 'success'"),
                            step + " succeeded once for " + id);
                }
                assertEquals(
                        1,
                        count(
                                database,
                                "SELECT COUNT(*) FROM file_processing_steps WHERE file_id = " + id
                                        + " AND step_name = 'process_with_ocr'"),
                        "one step row");
            }
            assertEquals(2, count(database, "SELECT COUNT(*) FROM work_items WHERE state = 'SUCCEEDED'"));
            try (Stream<Path> processed = Files.list(server.workdir().resolve("processed"))) {
                List<Path> pdfs =
                        processed.filter(p -> p.toString().endsWith(".pdf")).toList();
                assertEquals(2, pdfs.size(), "one searchable PDF per document: " + pdfs);
            }
            try (Stream<Path> tmp = Files.list(server.workdir().resolve("tmp"))) {
                assertTrue(
                        tmp.noneMatch(p -> p.toString().endsWith(".pdf")
                                && p.getFileName().toString().startsWith("scan")),
                        "no half-written output left in tmp");
            }
        } finally {
            PostgresDatabases.drop(database);
        }
    }

    static long count(String database, String sql) {
        try (Connection connection = PostgresDatabases.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
