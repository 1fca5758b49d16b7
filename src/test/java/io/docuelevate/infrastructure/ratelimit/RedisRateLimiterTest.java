package io.docuelevate.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What needs no Redis: a dead server fails fast, malformed URLs are refused. The Redis behaviour is in {@link RedisRateLimiterIT}. */
class RedisRateLimiterTest {

    private final String prefix = "docuelevate:test:ratelimit:";

    @Test
    void aDeadRedisFailsFastWithAnException() {
        try (RedisRateLimiter dead =
                RedisRateLimiter.connect("redis://127.0.0.1:1/0", Duration.ofMillis(500), prefix)) {
            long started = System.nanoTime();
            assertThrows(RuntimeException.class, () -> dead.hit("k", RateLimit.parse("X", "1/minute")));
            assertTrue(System.nanoTime() - started < 2_000_000_000L, "fails within the timeout");
        }
    }

    @Test
    void malformedUrlsAreConfigurationErrorsWithoutTheValue() {
        InvalidConfigurationException error = assertThrows(
                InvalidConfigurationException.class, () -> RedisRateLimiter.parse("http://user:s3cret@redis:6379"));
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
        assertThrows(InvalidConfigurationException.class, () -> RedisRateLimiter.parse("not a url"));
        assertEquals("redis", RedisRateLimiter.parse("redis://:pw@redis:6379/0").getHost());
        assertEquals("redis", RedisRateLimiter.parse("rediss://redis:6380").getHost());
    }
}
