package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Migrations;
import io.docuelevate.it.support.PostgresDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bin/docuelevate-migrate}: the deploy-time migration exits 0, and a second run is a no-op. */
class MigrationCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("it.project.dir", "."));
    private static final Path SERVER_DIR = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"))
            .resolve("usr/servers")
            .resolve(System.getProperty("it.server.name", "docuelevate"));

    record Run(int exit, String output) {}

    @Test
    void migratesPostgresOnceAndIsANoOpTheSecondTime() throws Exception {
        String database = PostgresDatabases.create("it_migrate");
        try {
            Map<String, String> env = Map.of("DATABASE_URL", PostgresDatabases.url(database));
            Run first = migrate(env);
            assertEquals(0, first.exit(), first.output());
            assertTrue(
                    first.output()
                            .contains("schema at version " + Migrations.latestVersion() + ", " + Migrations.count()
                                    + (Migrations.count() == 1 ? " migration" : " migrations") + " applied"),
                    first.output());
            int rowsAfterFirst = historyRows(database);

            Run second = migrate(env);
            assertEquals(0, second.exit(), second.output());
            assertTrue(second.output().contains("0 migrations applied (already up to date)"), second.output());
            assertEquals(rowsAfterFirst, historyRows(database), "nothing recorded twice");
            assertFalse(first.output().contains("docuelevate:docuelevate@"), "password masked: " + first.output());
        } finally {
            PostgresDatabases.drop(database);
        }
    }

    @Test
    void migratesTheEmbeddedDatabaseOfAWorkDirectory() throws Exception {
        Path workdir = Files.createTempDirectory("migrate-h2");
        Map<String, String> env = Map.of("WORKDIR", workdir.toString());
        assertEquals(0, migrate(env).exit());
        Run second = migrate(env);
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("already up to date"), second.output());
        assertTrue(Files.exists(workdir.resolve("db/docuelevate.mv.db")), "H2 file under WORKDIR/db");
    }

    @Test
    void invalidConfigurationExitsTwoWithOneLine() throws Exception {
        Run run = migrate(Map.of("DATABASE_URL", "mysql://root:hunter2@localhost/docs"));
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("DATABASE_URL 'mysql://root:****@localhost/docs' is invalid"), run.output());
        assertFalse(run.output().contains("hunter2"));
    }

    private static Run migrate(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        PROJECT.resolve("bin/docuelevate-migrate").toString(), SERVER_DIR.toString())
                .redirectErrorStream(true);
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("WORKDIR");
        builder.environment().put("DOTENV_PATH", "/nonexistent/.env");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("migrate command hung:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }

    private static int historyRows(String database) throws Exception {
        try (Connection connection = PostgresDatabases.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
