package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Uptime Kuma heartbeat reaches a local push endpoint with the server's state; a failing endpoint
 * is logged once per streak and does not disturb the server; the readiness report sees the pushes.
 */
class UptimeKumaIT {

    private static final String TOKEN = "pushtoken123";
    private static final List<String> queries = new CopyOnWriteArrayList<>();
    private static final AtomicInteger answer = new AtomicInteger(200);
    private static HttpServer kuma;
    private static LibertyServer server;

    @BeforeAll
    static void start() throws IOException {
        kuma = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kuma.createContext("/api/push/" + TOKEN, exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        kuma.start();
        server = LibertyServer.war("it-kuma")
                .env(
                        "UPTIME_KUMA_URL",
                        "http://127.0.0.1:" + kuma.getAddress().getPort() + "/api/push/" + TOKEN
                                + "?status=up&msg=OK&ping=")
                .env("UPTIME_KUMA_PING_INTERVAL_SECONDS", "1")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        kuma.stop(0);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Test
    void heartbeatsArriveWithStatusMessageAndPingAndFailuresAreLoggedOncePerStreak() {
        Poll.until(Duration.ofSeconds(30), "two heartbeats", () -> queries.size() >= 2 ? true : null);
        Map<String, String> beat = parse(queries.get(queries.size() - 1));
        assertEquals("up", beat.get("status"), queries.toString());
        assertEquals("OK", beat.get("msg"));
        assertTrue(beat.get("ping").matches("\\d+"), beat.toString());
        assertEquals(3, beat.size(), "the example parameters of the push URL are replaced, not repeated: " + beat);

        JsonObject monitoring = ReadinessIT.item(
                Http.get(server.baseUrl() + "/api/admin/readiness").json(), "monitoring");
        assertEquals("pass", monitoring.getString("status"), monitoring.toString());
        assertTrue(monitoring.getString("evidence").contains("Uptime Kuma"), monitoring.toString());

        answer.set(500);
        int before = queries.size();
        Poll.until(Duration.ofSeconds(30), "three failed pushes", () -> queries.size() >= before + 3 ? true : null);
        String console = server.console();
        long warnings = console.lines()
                .filter(l -> l.contains("Uptime Kuma heartbeat to") && l.contains("failed"))
                .count();
        assertEquals(1, warnings, "one warning for the whole streak:\n" + console);
        assertTrue(!console.contains(TOKEN), "the push token never appears in the log");
        assertEquals(200, Http.get(server.baseUrl() + "/api/health").status(), "the server is unaffected");
        JsonObject failing = ReadinessIT.item(
                Http.get(server.baseUrl() + "/api/admin/readiness").json(), "monitoring");
        assertTrue(
                failing.getString("evidence").contains("HTTP 500")
                        || failing.getString("status").equals("pass"),
                failing.toString());

        answer.set(200);
        int recovered = queries.size();
        Poll.until(
                Duration.ofSeconds(30), "pushes after recovery", () -> queries.size() >= recovered + 2 ? true : null);
        Poll.until(
                Duration.ofSeconds(10),
                "the recovery log line",
                () -> server.console().contains("Uptime Kuma heartbeat is delivered again") ? true : null);
    }
}
