package io.docuelevate.application.ratelimit;

import java.time.Duration;

/**
 * The answer for one counted request: whether it is within the limit, how many requests the window
 * has seen (this one included) and when the window ends, which is what {@code Retry-After} says.
 */
public record RateLimitDecision(boolean allowed, long count, long limit, Duration resetIn) {

    /** Whole seconds until the window ends, at least 1 (a {@code Retry-After} of 0 invites a busy loop). */
    public long retryAfterSeconds() {
        long millis = Math.max(0, resetIn.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
