package io.docuelevate.infrastructure.ratelimit;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.config.RedisSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The {@link RateLimiter} the application uses: it builds the Redis limiter with the in-memory fallback
 * when {@code REDIS_URL} is set, in-memory only otherwise. The web layer sees only the port.
 */
@ApplicationScoped
public class ConfiguredRateLimiter implements RateLimiter {

    /** Connect and read timeout per Redis call: a hung Redis may delay a request by this much, once per cool-down. */
    static final Duration REDIS_TIMEOUT = Duration.ofMillis(500);
    /** How long Redis is skipped after a failure. */
    static final Duration COOL_DOWN = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(ConfiguredRateLimiter.class.getName());

    @Inject
    RedisSettings redisSettings;

    private RateLimiter delegate;
    private RedisRateLimiter redis;

    @PostConstruct
    void connect() {
        InMemoryRateLimiter memory = new InMemoryRateLimiter();
        Optional<String> url = redisSettings.url();
        if (url.isEmpty()) {
            delegate = memory;
            return;
        }
        try {
            redis = RedisRateLimiter.connect(url.get(), REDIS_TIMEOUT, RedisRateLimiter.KEY_PREFIX);
            delegate = new FailoverRateLimiter(redis, memory, COOL_DOWN);
        } catch (InvalidConfigurationException e) {
            LOG.warning(e.getMessage() + "; rate limits are counted in memory on each replica");
            delegate = memory;
        }
    }

    @Override
    public RateLimitDecision hit(String key, RateLimit limit) {
        return delegate.hit(key, limit);
    }

    @Override
    public RateLimitDecision acquire(String key, RateLimit limit) {
        return delegate.acquire(key, limit);
    }

    @Override
    public void release(String key, RateLimit limit) {
        delegate.release(key, limit);
    }

    /** {@code "redis"} when counters are shared through Redis, {@code "memory"} otherwise. */
    @Override
    public String storage() {
        return redis != null ? "redis" : "memory";
    }

    /** A malformed {@code REDIS_URL} is a configuration error while rate limiting is on. */
    @Override
    public void checkConfiguration() {
        redisSettings.url().ifPresent(RedisRateLimiter::parse);
    }

    @PreDestroy
    void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
