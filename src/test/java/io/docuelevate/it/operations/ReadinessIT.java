package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The readiness report computed from live servers: embedded defaults fail the database and Redis items;
 * PostgreSQL and Redis pass them, and two replicas' heartbeats pass the worker item. The admin page and
 * the command-line form for deploy pipelines (exit 1 on a failing item) work against the same report.
 */
class ReadinessIT {

    private static final Path CLI =
            Path.of(System.getProperty("it.project.dir", ".")).resolve("bin/docuelevate-readiness");

    static JsonObject item(JsonObject report, String id) {
        for (JsonValue value : report.getJsonArray("items")) {
            if (id.equals(value.asJsonObject().getString("id"))) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no item " + id + " in " + report);
    }

    @Test
    void embeddedDefaultsFailTheDatabaseAndRedisItems() {
        try (LibertyServer server = LibertyServer.war("it-ready-embedded").start()) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/admin/readiness");
            assertEquals(200, answer.status(), answer.body());
            JsonObject report = answer.json();
            assertEquals("fail", report.getString("status"));
            assertEquals("fail", answer.header("X-Readiness-Status"));
            assertEquals(21, report.getJsonArray("items").size());
            assertEquals("pass", item(report, "watch_folders").getString("status"), "none configured");
            assertEquals(
                    "pass",
                    item(report, "imap_mailboxes").getString("status"),
                    "no mailbox configured: nothing to warn about");
            assertEquals("pass", item(report, "converter").getString("status"), "LibreOffice is installed");
            JsonObject database = item(report, "database");
            assertEquals("fail", database.getString("status"));
            assertTrue(database.getString("evidence").contains("embedded H2"), database.toString());
            assertTrue(database.getString("fix").contains("DATABASE_URL"), database.toString());
            assertEquals("fail", item(report, "redis").getString("status"));
            assertEquals(
                    "pass",
                    item(report, "migrations").getString("status"),
                    item(report, "migrations").toString());
            assertEquals("fail", item(report, "auth").getString("status"), "the harness runs with AUTH_ENABLED=false");
            assertEquals("warn", item(report, "worker_replicas").getString("status"), "one live worker: this server");
            for (JsonValue value : report.getJsonArray("items")) {
                JsonObject entry = value.asJsonObject();
                assertFalse(entry.getString("evidence").isBlank(), entry.toString());
                assertTrue(
                        Map.of("pass", 1, "warn", 1, "fail", 1).containsKey(entry.getString("status")),
                        entry.toString());
            }

            Http.Answer text = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/admin/readiness"))
                    .header("Accept", "text/plain")
                    .GET()
                    .build());
            assertEquals(200, text.status());
            assertTrue(text.body().lines().anyMatch(l -> l.startsWith("FAIL") && l.contains("database")), text.body());

            Http.Answer page = Http.get(server.baseUrl() + "/admin/readiness");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("id=\"item-database\" data-status=\"fail\""), "rendered on the server");
            assertFalse(page.body().contains("<script>"), "no inline script");

            Cli cli = cli(server.baseUrl(), Map.of());
            assertEquals(1, cli.exit(), cli.output());
            assertTrue(cli.output().contains("FAIL") && cli.output().contains("database"), cli.output());
        }
    }

    @Test
    void postgresAndRedisPassTheirItemsAndTwoReplicasPassTheWorkerItem() {
        String database = PostgresDatabases.create("it_ready");
        try (LibertyServer first = LibertyServer.war("it-ready-pg-a")
                        .withAuth()
                        .env("DATABASE_URL", PostgresDatabases.url(database))
                        .env("REDIS_URL", System.getProperty("it.redis.url", "redis://127.0.0.1:6379/0"))
                        .env("CLUSTER_HEARTBEAT_SECONDS", "2")
                        .start();
                LibertyServer second = LibertyServer.war("it-ready-pg-b")
                        .env("DATABASE_URL", PostgresDatabases.url(database))
                        .env("DOCUELEVATE_ROLE", "worker")
                        .env("CLUSTER_HEARTBEAT_SECONDS", "2")
                        .start()) {
            AdminClient admin = AdminClient.login(first);
            assertEquals(401, Http.get(first.baseUrl() + "/api/admin/readiness").status(), "admin only");

            Http.Answer viaProxy = Http.send(HttpRequest.newBuilder(URI.create(first.baseUrl() + "/api/health"))
                    .header("X-Forwarded-Proto", "https")
                    .GET()
                    .build());
            assertEquals(200, viaProxy.status());

            JsonObject report = Poll.until(Duration.ofSeconds(30), "both replicas' heartbeats", () -> {
                JsonObject r = admin.get("/api/admin/readiness").json();
                return "pass".equals(item(r, "worker_replicas").getString("status")) ? r : null;
            });
            assertEquals(
                    "pass",
                    item(report, "database").getString("status"),
                    item(report, "database").toString());
            assertTrue(item(report, "database").getString("evidence").contains("PostgreSQL"));
            assertFalse(item(report, "database").getString("evidence").contains(":docuelevate@"), "no password shown");
            assertEquals(
                    "pass",
                    item(report, "redis").getString("status"),
                    item(report, "redis").toString());
            assertEquals("pass", item(report, "rate_limiting").getString("status"));
            assertEquals("pass", item(report, "migrations").getString("status"));
            assertEquals("pass", item(report, "auth").getString("status"));
            assertEquals("pass", item(report, "session_secret").getString("status"));
            assertEquals("pass", item(report, "admin_password").getString("status"));
            assertEquals(
                    "pass",
                    item(report, "tls").getString("status"),
                    item(report, "tls").toString());
            assertEquals("pass", item(report, "monitoring").getString("status"), "/api/health was polled");
            assertTrue(item(report, "worker_replicas").getString("evidence").startsWith("2 live worker replicas"));
            assertEquals(
                    "fail", item(report, "secrets").getString("status"), "the test database password is a default one");
            assertTrue(report.toString().indexOf(first.adminPassword()) < 0, "no secret in the report");

            Cli anonymous = cli(first.baseUrl(), Map.of());
            assertEquals(2, anonymous.exit(), anonymous.output());
            assertTrue(anonymous.output().contains("401"), anonymous.output());
            Cli loggedIn = cli(
                    first.baseUrl(),
                    Map.of("ADMIN_USERNAME", LibertyServer.ADMIN_USERNAME, "ADMIN_PASSWORD", first.adminPassword()));
            assertEquals(1, loggedIn.exit(), loggedIn.output());
            assertTrue(loggedIn.output().contains("PASS  database"), loggedIn.output());
            Cli withToken = cli(first.baseUrl(), Map.of("DOCUELEVATE_API_TOKEN", admin.token()));
            assertEquals(1, withToken.exit(), withToken.output());
            assertTrue(withToken.output().contains("overall: fail"), withToken.output());
        } finally {
            PostgresDatabases.drop(database);
        }
    }

    record Cli(int exit, String output) {}

    static Cli cli(String url, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder("bash", CLI.toString(), url).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("ADMIN_") || k.startsWith("DOCUELEVATE_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("docuelevate-readiness hangs:\n" + output);
            }
            return new Cli(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
