package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Migrations;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server on embedded defaults (no DATABASE_URL, no Redis): H2 under WORKDIR/db, every health endpoint. */
class EmbeddedDefaultsIT {

    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-embedded").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void healthIsOkOnTheEmbeddedDatabaseWithMigrationsApplied() {
        Http.Answer answer = Http.get(server.baseUrl() + "/api/health");
        assertEquals(200, answer.status(), answer.body());
        JsonObject body = answer.json();
        assertEquals("ok", body.getString("status"));
        JsonObject database = body.getJsonObject("checks").getJsonObject("database");
        assertEquals("ok", database.getString("status"));
        assertEquals("h2", database.getString("kind"));
        assertEquals(
                Migrations.latestVersion(),
                database.getString("schema_version"),
                "every migration recorded in flyway_schema_history");
        assertEquals("ok", body.getJsonObject("checks").getJsonObject("workdir").getString("status"));
        assertEquals(
                "not_configured",
                body.getJsonObject("checks").getJsonObject("redis").getString("status"));
        assertFalse(body.getString("version").isBlank());
        assertFalse(body.getString("installation_id").isBlank());
        assertTrue(Files.isDirectory(server.workdir().resolve("db")), "H2 files live under WORKDIR/db");
        for (String folder : new String[] {"original", "tmp", "processed", "backups"}) {
            assertTrue(Files.isDirectory(server.workdir().resolve(folder)), folder + " created");
        }
    }

    @Test
    void diagnosticEndpointsAnswerInTheReferenceShapes() {
        Http.Answer health = Http.get(server.baseUrl() + "/api/diagnostic/health");
        assertEquals(200, health.status());
        JsonObject body = health.json();
        assertEquals("healthy", body.getString("status"));
        assertNotNull(body.getString("timestamp"));
        assertNotNull(body.getString("version"));
        assertEquals(
                "ok", body.getJsonObject("checks").getJsonObject("database").getString("status"));
        assertFalse(
                body.getJsonObject("checks").getJsonObject("database").containsKey("detail"), "detail only on errors");

        Http.Answer live = Http.get(server.baseUrl() + "/api/diagnostic/healthz/live");
        assertEquals(200, live.status());
        assertEquals("ok", live.json().getString("status"));

        Http.Answer ready = Http.get(server.baseUrl() + "/api/diagnostic/healthz/ready");
        assertEquals(200, ready.status());
        assertEquals("ready", ready.json().getString("status"));
        assertEquals(
                "ok",
                ready.json().getJsonObject("checks").getJsonObject("database").getString("status"));
    }

    @Test
    void microProfileHealthEndpointsAreUp() {
        for (String path : new String[] {"/health/live", "/health/ready", "/health/started"}) {
            Http.Answer answer = Http.get(server.baseUrl() + path);
            assertEquals(200, answer.status(), path + ": " + answer.body());
            assertEquals("UP", answer.json().getString("status"), path);
        }
    }

    @Test
    void unknownApiPathAnswersJsonDetail() {
        Http.Answer answer = Http.get(server.baseUrl() + "/api/no-such-endpoint");
        assertEquals(404, answer.status());
        assertTrue(answer.json().containsKey("detail"), answer.body());
    }
}
