package io.docuelevate.infrastructure.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimit tenPerMinute = RateLimit.parse("X", "10/minute");

    @Test
    void theEleventhRequestInAWindowIsRefusedUntilTheWindowEnds() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get, 1000);
        for (int i = 1; i <= 10; i++) {
            RateLimitDecision decision = limiter.hit("auth:ip:1", tenPerMinute);
            assertTrue(decision.allowed(), "request " + i);
            assertEquals(i, decision.count());
            advance(Duration.ofSeconds(1));
        }
        RateLimitDecision refused = limiter.hit("auth:ip:1", tenPerMinute);
        assertFalse(refused.allowed());
        assertEquals(11, refused.count());
        assertEquals(50, refused.retryAfterSeconds(), "the window started 10 s ago");

        advance(Duration.ofSeconds(49));
        assertFalse(limiter.hit("auth:ip:1", tenPerMinute).allowed(), "still inside the window");
        advance(Duration.ofSeconds(1));
        RateLimitDecision fresh = limiter.hit("auth:ip:1", tenPerMinute);
        assertTrue(fresh.allowed(), "a new window starts");
        assertEquals(1, fresh.count());
        assertEquals(60, fresh.retryAfterSeconds());
    }

    @Test
    void keysAndLimitsAreIndependent() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get, 1000);
        RateLimit one = RateLimit.parse("X", "1/second");
        assertTrue(limiter.hit("a", one).allowed());
        assertFalse(limiter.hit("a", one).allowed());
        assertTrue(limiter.hit("b", one).allowed());
        advance(Duration.ofMillis(1000));
        assertTrue(limiter.hit("a", one).allowed());
    }

    @Test
    void expiredWindowsAreSweptSoMemoryStaysBounded() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get, 1000);
        RateLimit perSecond = RateLimit.parse("X", "5/second");
        for (int i = 0; i < 500; i++) {
            limiter.hit("client-" + i, perSecond);
        }
        assertEquals(500, limiter.size());
        advance(Duration.ofSeconds(2));
        limiter.hit("late", perSecond);
        assertEquals(1, limiter.size(), "expired windows are dropped on the next sweep");
    }

    @Test
    void beyondTheKeyCapTheOldestWindowIsDropped() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get, 3);
        RateLimit oncePerHour = RateLimit.parse("X", "1/hour");
        for (String key : new String[] {"a", "b", "c", "d"}) {
            assertTrue(limiter.hit(key, oncePerHour).allowed());
        }
        assertEquals(3, limiter.size());
        assertTrue(limiter.hit("a", oncePerHour).allowed(), "'a' was dropped and starts afresh");
        assertFalse(limiter.hit("d", oncePerHour).allowed(), "'d' is still counted");
    }

    @Test
    void acquireCountsOnlyAdmittedRequestsAndReleaseGivesAPlaceBack() {
        RateLimiterContract.acquireCountsOnlyAdmittedRequests(new InMemoryRateLimiter(now::get, 1000));
    }

    @Test
    void aReleaseAfterTheWindowEndedTouchesNothing() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get, 1000);
        RateLimit one = RateLimit.parse("X", "1/minute");
        assertTrue(limiter.acquire("k", one).allowed());
        advance(Duration.ofSeconds(61));
        limiter.release("k", one);
        assertTrue(limiter.acquire("k", one).allowed(), "a fresh window");
        assertFalse(limiter.acquire("k", one).allowed(), "the late release did not add a place to the new window");
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
