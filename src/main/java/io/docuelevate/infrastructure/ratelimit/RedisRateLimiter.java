package io.docuelevate.infrastructure.ratelimit;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Fixed-window counters in Redis, so every replica counts against the same window. One Lua script does
 * {@code INCR} and, for a key without expiry, {@code PEXPIRE}, atomically: there is no moment where a
 * counter exists without its expiry, and the window's clock is Redis's, not each replica's. Keys are
 * {@value #KEY_PREFIX}{@code <key>}. Timeouts are short; failures surface as runtime exceptions for
 * {@link FailoverRateLimiter} to handle.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    public static final String KEY_PREFIX = "docuelevate:ratelimit:";

    static final String SCRIPT = """
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """;

    /**
     * {@link #acquire}: the same window, incremented only while below the limit ({@code ARGV[2]}); answers
     * whether it admitted, the count and the window's remaining milliseconds.
     */
    static final String ACQUIRE_SCRIPT = """
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            local admitted = 0
            if count < tonumber(ARGV[2]) then
              count = redis.call('INCR', KEYS[1])
              admitted = 1
            end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {admitted, count, ttl}
            """;

    /** {@link #release}: one less in a window that still exists, never below zero. */
    static final String RELEASE_SCRIPT = """
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            if count > 0 then
              redis.call('DECR', KEYS[1])
            end
            return count
            """;

    private final UnifiedJedis redis;
    private final String prefix;

    RedisRateLimiter(UnifiedJedis redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /**
     * A limiter on {@code REDIS_URL} ({@code redis://[user:password@]host:port[/db]} or {@code rediss://});
     * connects lazily, so a Redis that is down at start-up only means the in-memory fallback until it is up.
     */
    public static RedisRateLimiter connect(String redisUrl, Duration timeout, String prefix) {
        URI uri = parse(redisUrl);
        int millis = (int) Math.max(1, timeout.toMillis());
        DefaultJedisClientConfig clientConfig = DefaultJedisClientConfig.builder(uri)
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis)
                .clientName("docuelevate-ratelimit")
                .build();
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(32);
        pool.setMaxIdle(8);
        pool.setMinIdle(0);
        pool.setMaxWait(Duration.ofMillis(millis));
        pool.setTestOnBorrow(false);
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                .clientConfig(clientConfig)
                .poolConfig(pool)
                .build();
        return new RedisRateLimiter(client, prefix);
    }

    /** Checks {@code REDIS_URL}'s shape without connecting; the message never contains the URL (it may hold a password). */
    public static URI parse(String redisUrl) {
        try {
            URI uri = URI.create(redisUrl);
            if (JedisURIHelper.isValid(uri)
                    && (JedisURIHelper.isRedisScheme(uri) || JedisURIHelper.isRedisSSLScheme(uri))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below without the value
        }
        throw new InvalidConfigurationException(
                "REDIS_URL is not a Redis URL: use redis://host:port/db or rediss://host:port/db (user and password optional)");
    }

    @Override
    public RateLimitDecision hit(String key, RateLimit limit) {
        long windowMillis = limit.window().toMillis();
        List<?> values = (List<?>) redis.eval(SCRIPT, List.of(prefix + key), List.of(Long.toString(windowMillis)));
        long count = number(values, 0);
        return decision(count <= limit.permits(), count, number(values, 1), limit);
    }

    @Override
    public RateLimitDecision acquire(String key, RateLimit limit) {
        long windowMillis = limit.window().toMillis();
        List<?> values = (List<?>) redis.eval(
                ACQUIRE_SCRIPT,
                List.of(prefix + key),
                List.of(Long.toString(windowMillis), Long.toString(limit.permits())));
        return decision(number(values, 0) == 1, number(values, 1), number(values, 2), limit);
    }

    @Override
    public void release(String key, RateLimit limit) {
        redis.eval(RELEASE_SCRIPT, List.of(prefix + key), List.of());
    }

    private static long number(List<?> values, int index) {
        return ((Number) values.get(index)).longValue();
    }

    private static RateLimitDecision decision(boolean allowed, long count, long ttlMillis, RateLimit limit) {
        long windowMillis = limit.window().toMillis();
        return new RateLimitDecision(
                allowed, count, limit.permits(), Duration.ofMillis(Math.max(0, Math.min(ttlMillis, windowMillis))));
    }

    @Override
    public void close() {
        redis.close();
    }
}
