package io.docuelevate.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;

/** What every limiter answers alike, run against the in-memory one and against Redis. */
final class RateLimiterContract {

    private RateLimiterContract() {}

    /** {@code acquire} counts only what it admits; {@code release} gives a place back, never below zero. */
    static void acquireCountsOnlyAdmittedRequests(RateLimiter limiter) {
        RateLimit three = RateLimit.parse("X", "3/minute");
        for (int i = 1; i <= 3; i++) {
            RateLimitDecision admitted = limiter.acquire("upload-user:60:user:alice", three);
            assertTrue(admitted.allowed(), "upload " + i);
            assertEquals(i, admitted.count());
        }
        for (int i = 0; i < 5; i++) {
            RateLimitDecision refused = limiter.acquire("upload-user:60:user:alice", three);
            assertFalse(refused.allowed());
            assertEquals(3, refused.count(), "refused attempts are not counted: 3/3, never 4/3 or 8/3");
            assertEquals(3, refused.limit());
            assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60);
        }

        limiter.release("upload-user:60:user:alice", three);
        RateLimitDecision again = limiter.acquire("upload-user:60:user:alice", three);
        assertTrue(again.allowed(), "a released place can be taken again");
        assertEquals(3, again.count());

        limiter.release("never-counted", three);
        assertEquals(1, limiter.acquire("never-counted", three).count(), "release never goes below zero");

        for (int i = 1; i <= 3; i++) {
            assertTrue(limiter.hit("auth:60:ip:203.0.113.1", three).allowed(), "login " + i);
        }
        assertEquals(4, limiter.hit("auth:60:ip:203.0.113.1", three).count());
        RateLimitDecision fifth = limiter.hit("auth:60:ip:203.0.113.1", three);
        assertFalse(fifth.allowed());
        assertEquals(5, fifth.count(), "hit counts refused requests too");
    }
}
