package io.docuelevate.application.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void theReferenceDefaultsParse() {
        assertEquals(new RateLimit(100, 1, RateLimit.Unit.MINUTE), RateLimit.parse("RATE_LIMIT_DEFAULT", "100/minute"));
        assertEquals(new RateLimit(600, 1, RateLimit.Unit.MINUTE), RateLimit.parse("RATE_LIMIT_UPLOAD", "600/minute"));
        assertEquals(
                Duration.ofMinutes(1),
                RateLimit.parse("RATE_LIMIT_AUTH", "10/minute").window());
    }

    @Test
    void everyUnitAndTheLongerFormsParse() {
        assertEquals(Duration.ofSeconds(1), RateLimit.parse("X", "5/second").window());
        assertEquals(Duration.ofHours(1), RateLimit.parse("X", "1000/hour").window());
        assertEquals(Duration.ofDays(1), RateLimit.parse("X", "10000/day").window());
        assertEquals(new RateLimit(10, 1, RateLimit.Unit.MINUTE), RateLimit.parse("X", " 10 per minute "));
        assertEquals(new RateLimit(10, 5, RateLimit.Unit.MINUTE), RateLimit.parse("X", "10/5 minutes"));
        assertEquals(new RateLimit(3, 1, RateLimit.Unit.HOUR), RateLimit.parse("X", "3/HOURS"));
        assertEquals(
                Duration.ofMinutes(5), RateLimit.parse("X", "10 per 5 minutes").window());
    }

    @Test
    void describedInTheReferenceWording() {
        assertEquals("10 per 1 minute", RateLimit.parse("X", "10/minute").describe());
        assertEquals("100 per 5 minutes", RateLimit.parse("X", "100/5 minutes").describe());
        assertEquals("20 per 60 seconds", RateLimit.perSeconds(20, 60).describe());
    }

    @Test
    void garbageNamesTheSetting() {
        for (String bad : new String[] {
            "",
            "ten/minute",
            "10/fortnight",
            "0/minute",
            "10/0 minutes",
            "10",
            "/minute",
            "-1/minute",
            "10/minute;5/second"
        }) {
            InvalidSettingException error =
                    assertThrows(InvalidSettingException.class, () -> RateLimit.parse("RATE_LIMIT_AUTH", bad), bad);
            assertTrue(error.getMessage().startsWith("RATE_LIMIT_AUTH '"), error.getMessage());
            assertTrue(error.getMessage().contains("N/minute"), error.getMessage());
        }
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
        assertEquals(1, new RateLimitDecision(false, 11, 10, Duration.ZERO).retryAfterSeconds());
        assertEquals(1, new RateLimitDecision(false, 11, 10, Duration.ofMillis(1)).retryAfterSeconds());
        assertEquals(2, new RateLimitDecision(false, 11, 10, Duration.ofMillis(1001)).retryAfterSeconds());
        assertEquals(60, new RateLimitDecision(false, 11, 10, Duration.ofSeconds(60)).retryAfterSeconds());
    }
}
