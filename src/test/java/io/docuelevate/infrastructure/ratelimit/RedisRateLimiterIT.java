package io.docuelevate.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Against the machine's Redis on 127.0.0.1:6379 (bin/setup-services starts it); every test uses its own key
 * prefix. An IT, not a unit test: without Redis it fails, it never skips.
 */
class RedisRateLimiterIT {

    private static final String URL = System.getProperty("it.redis.url", "redis://127.0.0.1:6379/0");

    private String prefix;
    private RedisRateLimiter limiter;
    private RedisRateLimiter otherReplica;

    @BeforeAll
    static void redisIsRunning() {
        URI redis = URI.create(URL);
        if (!listens(redis.getHost(), redis.getPort())) {
            fail("no Redis on " + redis.getHost() + ":" + redis.getPort()
                    + ": start it with bin/setup-services (bin/run-tests does)");
        }
    }

    @BeforeEach
    void connect() {
        prefix = "docuelevate:test:ratelimit:" + UUID.randomUUID() + ":";
        limiter = RedisRateLimiter.connect(URL, Duration.ofMillis(500), prefix);
        otherReplica = RedisRateLimiter.connect(URL, Duration.ofMillis(500), prefix);
    }

    @AfterEach
    void cleanUp() {
        if (limiter == null) {
            return;
        }
        try (RedisClient redis = RedisClient.create(URI.create(URL))) {
            redis.keys(prefix + "*").forEach(redis::del);
        }
        limiter.close();
        otherReplica.close();
    }

    @Test
    void acquireCountsOnlyAdmittedRequestsAsInMemory() {
        RateLimiterContract.acquireCountsOnlyAdmittedRequests(limiter);
    }

    @Test
    void countsAFixedWindowThatExpiresInRedis() {
        RateLimit tenPerMinute = RateLimit.parse("X", "10/minute");
        for (int i = 1; i <= 10; i++) {
            assertTrue(limiter.hit("auth:60:ip:203.0.113.1", tenPerMinute).allowed(), "request " + i);
        }
        RateLimitDecision refused = limiter.hit("auth:60:ip:203.0.113.1", tenPerMinute);
        assertFalse(refused.allowed());
        assertEquals(11, refused.count());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60, refused.toString());
        try (RedisClient redis = RedisClient.create(URI.create(URL))) {
            long ttl = redis.pttl(prefix + "auth:60:ip:203.0.113.1");
            assertTrue(ttl > 0 && ttl <= 60_000, "the counter expires with its window: " + ttl);
        }
    }

    @Test
    void replicasShareTheCounter() {
        RateLimit tenPerMinute = RateLimit.parse("X", "10/minute");
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.hit("k", tenPerMinute).allowed());
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(otherReplica.hit("k", tenPerMinute).allowed());
        }
        assertFalse(otherReplica.hit("k", tenPerMinute).allowed(), "the 11th, whichever replica sees it");
    }

    @Test
    void aNewWindowStartsWhenTheOldOneExpires() throws InterruptedException {
        RateLimit twoPerSecond = RateLimit.parse("X", "2/second");
        assertTrue(limiter.hit("short", twoPerSecond).allowed());
        assertTrue(limiter.hit("short", twoPerSecond).allowed());
        assertFalse(limiter.hit("short", twoPerSecond).allowed());
        Thread.sleep(1100);
        RateLimitDecision fresh = limiter.hit("short", twoPerSecond);
        assertTrue(fresh.allowed());
        assertEquals(1, fresh.count());
    }

    @Test
    void concurrentHitsAreCountedExactlyOnce() throws Exception {
        RateLimit limit = RateLimit.parse("X", "1000/minute");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(() -> limiter.hit("concurrent", limit).count());
            }
            long max = 0;
            for (Future<Long> count : pool.invokeAll(calls)) {
                max = Math.max(max, count.get());
            }
            assertEquals(200, max);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean listens(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
