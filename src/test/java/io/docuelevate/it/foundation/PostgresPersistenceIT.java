package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.PostgresDatabases;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With DATABASE_URL=postgresql://… the server migrates PostgreSQL and keeps its data there across restarts. */
class PostgresPersistenceIT {

    private String database;

    @BeforeEach
    void createDatabase() {
        database = PostgresDatabases.create("it_pg");
    }

    @AfterEach
    void dropDatabase() {
        PostgresDatabases.drop(database);
    }

    @Test
    void migratesAndKeepsDataAcrossRestarts() throws Exception {
        String installationId;
        try (LibertyServer server =
                LibertyServer.war("it-postgres").env("DATABASE_URL", PostgresDatabases.url(database))) {
            server.start();
            JsonObject health = Http.get(server.baseUrl() + "/api/health").json();
            assertEquals("ok", health.getString("status"));
            assertEquals(
                    "postgresql",
                    health.getJsonObject("checks").getJsonObject("database").getString("kind"));
            installationId = health.getString("installation_id");

            try (Connection connection = PostgresDatabases.connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                assertTrue(rows.next(), "a migration is recorded");
                assertEquals("1", rows.getString("version"));
                assertTrue(rows.getBoolean("success"));
            }
            try (Connection connection = PostgresDatabases.connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT setting_value FROM application_settings WHERE setting_key = 'installation_id'")) {
                assertTrue(rows.next());
                assertEquals(installationId, rows.getString(1), "the server wrote to PostgreSQL");
            }

            server.stop();
            LibertyServer.deleteRecursively(server.workdir());
            server.start();
            JsonObject again = Http.get(server.baseUrl() + "/api/health").json();
            assertEquals("ok", again.getString("status"));
            assertEquals(
                    installationId,
                    again.getString("installation_id"),
                    "after a restart with an empty work directory the data still comes from PostgreSQL");
        }
    }
}
