package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two server replicas on one PostgreSQL database and one shared work directory (the RWX volume of a
 * Kubernetes deployment) process a batch of 20 uploads: every document exactly once.
 */
class TwoReplicasIT {

    private static final int DOCUMENTS = 20;

    @Test
    void twentyUploadsAreEachProcessedExactlyOnce() throws Exception {
        String database = PostgresDatabases.create("it_replicas");
        Path sharedWorkdir = Files.createTempDirectory("it-replicas-workdir");
        String url = PostgresDatabases.url(database);
        try (LibertyServer first = LibertyServer.war("it-replica-a")
                        .env("DATABASE_URL", url)
                        .env("WORKDIR", sharedWorkdir.toString());
                LibertyServer second = LibertyServer.war("it-replica-b")
                        .env("DATABASE_URL", url)
                        .env("WORKDIR", sharedWorkdir.toString())) {
            first.start();
            second.start();
            for (int i = 0; i < DOCUMENTS; i++) {
                LibertyServer target = i % 2 == 0 ? first : second;
                byte[] pdf = TestDocuments.textPdf("Replica test document number " + i, "Rechnung " + (1000 + i));
                Http.Answer answer = Http.upload(target.baseUrl() + "/api/ui-upload", "doc-" + i + ".pdf", pdf);
                assertEquals(200, answer.status(), answer.body());
            }
            Poll.until(
                    Duration.ofMinutes(3),
                    "all documents processed and their work items settled",
                    () -> CrashRecoveryIT.count(
                                                    database,
                                                    "SELECT COUNT(*) FROM file_processing_steps"
                                                            + " WHERE step_name = 'finalize_pipeline' AND status = 'success'")
                                            == DOCUMENTS
                                    && CrashRecoveryIT.count(
                                                    database,
                                                    "SELECT COUNT(*) FROM work_items WHERE state IN ('QUEUED', 'RUNNING')")
                                            == 0
                            ? Boolean.TRUE
                            : null);

            assertEquals(DOCUMENTS, CrashRecoveryIT.count(database, "SELECT COUNT(*) FROM files"));
            assertEquals(
                    DOCUMENTS,
                    CrashRecoveryIT.count(database, "SELECT COUNT(*) FROM work_items WHERE state = 'SUCCEEDED'"));
            assertEquals(
                    0,
                    CrashRecoveryIT.count(database, "SELECT COUNT(*) FROM work_items WHERE attempts <> 1"),
                    "no item claimed twice");
            assertEquals(
                    0,
                    CrashRecoveryIT.count(
                            database,
                            "SELECT COUNT(*) FROM (SELECT file_id FROM processing_logs"
                                    + " WHERE step_name = 'check_text' AND status = 'in_progress' GROUP BY file_id HAVING COUNT(*) > 1) t"),
                    "no document started twice");
            assertEquals(
                    DOCUMENTS,
                    CrashRecoveryIT.count(
                            database,
                            "SELECT COUNT(*) FROM processing_logs"
                                    + " WHERE step_name = 'finalize_pipeline' AND status = 'success'"),
                    "each finished exactly once");
        } finally {
            PostgresDatabases.drop(database);
            LibertyServer.deleteRecursively(sharedWorkdir);
        }
    }
}
