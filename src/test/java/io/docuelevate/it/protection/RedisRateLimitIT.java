package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two replicas counting in one Redis (a private redis-server this test starts and kills): the login
 * limit holds across them, and a Redis outage leaves them serving with in-memory limits, logged once,
 * reported as degraded by {@code /api/health}, and back to shared counting when Redis returns.
 */
class RedisRateLimitIT {

    private static final String UNREACHABLE = "Redis is unreachable for rate limiting";
    private static final String BACK = "Redis answers again";

    @Test
    void theLoginLimitHoldsAcrossReplicasAndARedisOutageLeavesThemServing() throws Exception {
        Path dir = Files.createTempDirectory("it-redis-ratelimit");
        try (RedisServer redis = new RedisServer(dir.resolve("redis.log")).start();
                LibertyServer a = replica("it-ratelimit-a", redis);
                LibertyServer b = replica("it-ratelimit-b", redis)) {
            a.start();
            b.start();

            for (int i = 1; i <= 5; i++) {
                assertNotEquals(429, login(a).status(), "attempt " + i + " on replica A");
            }
            for (int i = 6; i <= 10; i++) {
                assertNotEquals(429, login(b).status(), "attempt " + i + " on replica B");
            }
            Http.Answer eleventh = login(b);
            assertEquals(429, eleventh.status(), "the 11th attempt, counted across both replicas: " + eleventh.body());
            assertEquals("Rate limit exceeded: 10 per 1 minute", eleventh.json().getString("detail"));
            assertTrue(Long.parseLong(eleventh.header("Retry-After")) <= 60);
            assertEquals(429, login(a).status(), "replica A sees the same window");

            JsonObject healthy = Http.get(a.baseUrl() + "/api/health").json();
            assertEquals(
                    "ok", healthy.getJsonObject("checks").getJsonObject("redis").getString("status"));

            redis.kill();
            long slowest = 0;
            for (int i = 0; i < 30; i++) {
                long started = System.nanoTime();
                Http.Answer answer = Http.get(a.baseUrl() + "/api/files");
                slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
                assertEquals(200, answer.status(), "served without Redis: " + answer.body());
            }
            assertTrue(
                    slowest < 3000,
                    "a dead Redis adds at most one short timeout, slowest request took " + slowest + " ms");
            JsonObject degraded = Http.get(a.baseUrl() + "/api/health").json();
            assertEquals("degraded", degraded.getString("status"), degraded.toString());
            assertEquals(
                    "error",
                    degraded.getJsonObject("checks").getJsonObject("redis").getString("status"));

            for (int i = 1; i <= 10; i++) {
                assertNotEquals(429, login(a).status(), "in-memory window, attempt " + i);
            }
            assertEquals(429, login(a).status(), "while Redis is down the replica still limits, in memory");

            String log = a.messagesLog();
            assertEquals(1, occurrences(log, UNREACHABLE), "the outage is logged once, not per request:\n" + log);
            assertFalse(log.contains("at redis.clients."), "no stack traces");

            redis.start();
            Poll.until(Duration.ofSeconds(60), "replica A uses Redis again", () -> {
                Http.get(a.baseUrl() + "/api/files");
                return a.messagesLog().contains(BACK) ? Boolean.TRUE : null;
            });
            JsonObject recovered = Poll.until(Duration.ofSeconds(30), "/api/health reports Redis ok", () -> {
                JsonObject health = Http.get(a.baseUrl() + "/api/health").json();
                return "ok"
                                .equals(health.getJsonObject("checks")
                                        .getJsonObject("redis")
                                        .getString("status"))
                        ? health
                        : null;
            });
            assertEquals(healthy.getString("status"), recovered.getString("status"), recovered.toString());
            assertEquals(1, occurrences(a.messagesLog(), BACK));
            assertEquals(1, occurrences(a.messagesLog(), UNREACHABLE));
            assertEquals(0, occurrences(b.messagesLog(), UNREACHABLE), "replica B had no traffic during the outage");
        } finally {
            LibertyServer.deleteRecursively(dir);
        }
    }

    private static LibertyServer replica(String name, RedisServer redis) {
        return LibertyServer.war(name)
                .env("REDIS_URL", redis.url())
                .env("RATE_LIMITING_ENABLED", "true")
                .env("RATE_LIMIT_AUTH", "10/minute")
                .env("RATE_LIMIT_DEFAULT", "1000/minute");
    }

    /** A login attempt; with authentication off {@code /auth} does not exist, which still counts as an attempt. */
    private static Http.Answer login(LibertyServer server) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=guess"))
                .build());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
