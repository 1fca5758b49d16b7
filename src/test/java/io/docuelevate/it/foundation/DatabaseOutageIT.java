package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TcpProxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A database that goes away (the proxy in front of PostgreSQL cuts every connection) turns
 * {@code /api/health} into 503 and {@code /health/ready} DOWN while liveness stays UP; when the
 * database comes back, so does the server, without a restart.
 */
class DatabaseOutageIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void healthFollowsTheDatabaseDownAndBackUp() {
        String database = PostgresDatabases.create("it_outage");
        try (TcpProxy proxy = new TcpProxy(PostgresDatabases.host(), PostgresDatabases.port());
                LibertyServer server = LibertyServer.war("it-outage")
                        .env("DATABASE_URL", PostgresDatabases.url(database, "127.0.0.1", proxy.port()))) {
            server.start();
            assertEquals(200, Http.get(server.baseUrl() + "/api/health").status());

            proxy.cut();
            Http.Answer down = Poll.until(WITHIN, "/api/health to answer 503", () -> {
                Http.Answer answer = Http.get(server.baseUrl() + "/api/health");
                return answer.status() == 503 ? answer : null;
            });
            assertEquals("error", down.json().getString("status"));
            assertEquals(
                    "error",
                    down.json()
                            .getJsonObject("checks")
                            .getJsonObject("database")
                            .getString("status"));
            Http.Answer ready = Http.get(server.baseUrl() + "/health/ready");
            assertEquals(503, ready.status());
            assertEquals("DOWN", ready.json().getString("status"));
            Http.Answer referenceReady = Http.get(server.baseUrl() + "/api/diagnostic/healthz/ready");
            assertEquals(503, referenceReady.status());
            assertEquals("not_ready", referenceReady.json().getString("status"));
            Http.Answer diagnostic = Http.get(server.baseUrl() + "/api/diagnostic/health");
            assertEquals(503, diagnostic.status());
            assertEquals("unhealthy", diagnostic.json().getString("status"));
            assertEquals(200, Http.get(server.baseUrl() + "/health/live").status(), "liveness never calls out");

            proxy.restore();
            Poll.until(WITHIN, "/api/health to recover", () -> {
                Http.Answer answer = Http.get(server.baseUrl() + "/api/health");
                return answer.status() == 200 && "ok".equals(answer.json().getString("status")) ? answer : null;
            });
            assertEquals(
                    "UP", Http.get(server.baseUrl() + "/health/ready").json().getString("status"));
        } finally {
            PostgresDatabases.drop(database);
        }
    }
}
