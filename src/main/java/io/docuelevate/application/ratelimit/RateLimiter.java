package io.docuelevate.application.ratelimit;

/**
 * Port: counts requests per key in fixed windows. The window starts with the key's first request
 * and lasts {@link RateLimit#window()}. {@link #hit} counts every request, also refused ones, so a client
 * that keeps hammering stays refused until its window ends; {@link #acquire} counts only what it admits,
 * for windows that count accepted work (uploads). Adapters: Redis (shared by replicas) and in-memory (one
 * replica); both answer alike.
 */
public interface RateLimiter {

    /** Counts one request for {@code key} and answers whether it is within {@code limit}. */
    RateLimitDecision hit(String key, RateLimit limit);

    /**
     * Counts one request for {@code key} only when it is within {@code limit}: a refused request leaves the
     * count as it was, so the answer's count never exceeds what was admitted.
     */
    RateLimitDecision acquire(String key, RateLimit limit);

    /** Gives back one request {@link #acquire} admitted and the server then refused; never below zero. */
    void release(String key, RateLimit limit);

    /** Where the counters are kept, for the start-up line: {@code redis} or {@code memory}. */
    default String storage() {
        return "memory";
    }

    /** Checks the limiter's own settings (e.g. {@code REDIS_URL}); throws naming the setting when one is invalid. */
    default void checkConfiguration() {}
}
