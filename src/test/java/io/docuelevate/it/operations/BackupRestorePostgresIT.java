package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.infrastructure.backup.ArchiveEntries;
import io.docuelevate.infrastructure.backup.BackupArchiveWriter;
import io.docuelevate.infrastructure.backup.BackupManifest;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.PostgresDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@link BackupRestoreScenario} on PostgreSQL (pg_dump custom format, pg_restore into the configured
 * database). "Wiping" gives the new server an empty database of its own; an archive of the embedded
 * database is refused.
 */
class BackupRestorePostgresIT extends BackupRestoreScenario {

    private static final List<String> databases = new ArrayList<>();

    @Override
    LibertyServer newServer(String name) {
        String database = PostgresDatabases.create("it_backup");
        databases.add(database);
        return LibertyServer.war(name)
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .env("BACKUP_ENABLED", "false");
    }

    @Override
    String kind() {
        return "postgresql";
    }

    @AfterAll
    static void dropDatabases() {
        if (server != null) {
            server.stop();
        }
        databases.forEach(PostgresDatabases::drop);
    }

    @Test
    @Order(5)
    void anArchiveOfTheEmbeddedDatabaseIsRefused() throws Exception {
        Path h2 = Files.createTempFile("h2-backup-", ".zip");
        Files.delete(h2);
        try (BackupArchiveWriter writer = new BackupArchiveWriter(h2)) {
            writer.entry(ArchiveEntries.H2_SCRIPT, out -> out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8)));
            writer.finish(entries -> new BackupManifest(
                    1,
                    "2026-11-28T00:00:00Z",
                    "manual",
                    "0.1.0",
                    "x",
                    "h2",
                    "1",
                    ArchiveEntries.H2_SCRIPT,
                    List.of("FILES"),
                    0,
                    false,
                    0,
                    0,
                    BackupManifest.Meilisearch.notConfigured(),
                    entries));
        }
        Http.Answer refused = restoreUpload("h2.zip", Files.readAllBytes(h2));
        Files.delete(h2);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(
                refused.json().getString("detail").contains("holds a h2 database but this server runs on postgresql"),
                refused.body());
    }
}
