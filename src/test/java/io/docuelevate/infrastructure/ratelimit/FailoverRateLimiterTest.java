package io.docuelevate.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailoverRateLimiterTest {

    private static final RateLimit LIMIT = RateLimit.parse("X", "2/minute");

    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean redisUp = new AtomicBoolean(true);
    private final AtomicInteger redisCalls = new AtomicInteger();
    private final RateLimiter redis = new RateLimiter() {
        @Override
        public RateLimitDecision hit(String key, RateLimit limit) {
            answer();
            return new RateLimitDecision(true, 1, limit.permits(), Duration.ofSeconds(60));
        }

        @Override
        public RateLimitDecision acquire(String key, RateLimit limit) {
            return hit(key, limit);
        }

        @Override
        public void release(String key, RateLimit limit) {
            answer();
        }

        private void answer() {
            redisCalls.incrementAndGet();
            if (!redisUp.get()) {
                throw new IllegalStateException("Failed to connect to redis://:secret@127.0.0.1:6390");
            }
        }
    };
    private final InMemoryRateLimiter memory = new InMemoryRateLimiter(now::get, 100);
    private final FailoverRateLimiter limiter = new FailoverRateLimiter(redis, memory, Duration.ofSeconds(5), now::get);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger log = Logger.getLogger(FailoverRateLimiter.class.getName());

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    @Test
    void placesInAWindowAreTakenAndGivenBackInMemoryWhileRedisIsDown() {
        redisUp.set(false);
        assertTrue(limiter.acquire("upload", LIMIT).allowed());
        assertTrue(limiter.acquire("upload", LIMIT).allowed());
        assertFalse(limiter.acquire("upload", LIMIT).allowed(), "memory still limits");
        limiter.release("upload", LIMIT);
        assertTrue(limiter.acquire("upload", LIMIT).allowed(), "the released place is in memory too");
        assertEquals(1, redisCalls.get(), "Redis was asked once, then skipped during the cool-down");
    }

    @Test
    void aRedisOutageFallsBackToMemoryLogsOnceAndSkipsRedisDuringTheCoolDown() {
        assertTrue(limiter.hit("k", LIMIT).allowed());
        assertEquals(1, redisCalls.get());

        redisUp.set(false);
        assertTrue(limiter.hit("k", LIMIT).allowed(), "served from memory (1st)");
        assertTrue(limiter.hit("k", LIMIT).allowed(), "served from memory (2nd)");
        assertFalse(limiter.hit("k", LIMIT).allowed(), "memory still limits: never unlimited");
        assertEquals(2, redisCalls.get(), "after the failure Redis is not asked during the cool-down");
        assertTrue(limiter.isDown());

        now.addAndGet(Duration.ofSeconds(5).toNanos());
        limiter.hit("other", LIMIT);
        assertEquals(3, redisCalls.get(), "one probe after the cool-down");
        for (int i = 0; i < 20; i++) {
            limiter.hit("other" + i, LIMIT);
        }
        assertEquals(3, redisCalls.get());

        List<LogRecord> warnings =
                logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), "one line per outage, not one per request");
        assertTrue(
                warnings.get(0).getMessage().contains("unreachable"),
                warnings.get(0).getMessage());
        assertFalse(
                warnings.get(0).getMessage().contains("secret"),
                "the password is masked: " + warnings.get(0).getMessage());
        assertEquals(null, warnings.get(0).getThrown(), "no stack trace");

        redisUp.set(true);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertTrue(limiter.hit("k", LIMIT).allowed(), "Redis again");
        assertFalse(limiter.isDown());
        assertEquals(
                1,
                logged.stream()
                        .filter(r ->
                                r.getLevel() == Level.INFO && r.getMessage().contains("again"))
                        .count());

        redisUp.set(false);
        limiter.hit("k", LIMIT);
        assertEquals(
                2, logged.stream().filter(r -> r.getLevel() == Level.WARNING).count(), "a new outage is logged again");
    }
}
