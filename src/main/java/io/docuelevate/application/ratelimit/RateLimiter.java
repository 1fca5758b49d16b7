package io.docuelevate.application.ratelimit;

/**
 * Port: counts requests per key in fixed windows. The window starts with the key's first request
 * and lasts {@link RateLimit#window()}; every request is counted, also refused ones, so a client
 * that keeps hammering stays refused until its window ends. Adapters: Redis (shared by replicas)
 * and in-memory (one replica).
 */
public interface RateLimiter {

    /** Counts one request for {@code key} and answers whether it is within {@code limit}. */
    RateLimitDecision hit(String key, RateLimit limit);

    /** Where the counters are kept, for the start-up line: {@code redis} or {@code memory}. */
    default String storage() {
        return "memory";
    }

    /** Checks the limiter's own settings (e.g. {@code REDIS_URL}); throws naming the setting when one is invalid. */
    default void checkConfiguration() {}
}
