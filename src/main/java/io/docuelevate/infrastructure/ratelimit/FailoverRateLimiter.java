package io.docuelevate.infrastructure.ratelimit;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Redis first, this replica's memory while Redis fails: the server keeps serving (fail open to local
 * limits, never to no limits). A failure opens a circuit for {@code coolDown}: requests skip Redis
 * entirely, so a dead Redis costs one timeout per cool-down, not one per request. After the cool-down a
 * single request probes Redis again. The outage is logged once when it starts and once when it ends,
 * one line each, never a stack trace per request ({@code /api/health} reports it as {@code degraded}).
 */
public final class FailoverRateLimiter implements RateLimiter {

    private static final Logger LOG = Logger.getLogger(FailoverRateLimiter.class.getName());

    private final RateLimiter primary;
    private final RateLimiter fallback;
    private final long coolDownNanos;
    private final LongSupplier nanoClock;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong retryAt = new AtomicLong();

    public FailoverRateLimiter(RateLimiter primary, RateLimiter fallback, Duration coolDown) {
        this(primary, fallback, coolDown, System::nanoTime);
    }

    FailoverRateLimiter(RateLimiter primary, RateLimiter fallback, Duration coolDown, LongSupplier nanoClock) {
        this.primary = primary;
        this.fallback = fallback;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public RateLimitDecision hit(String key, RateLimit limit) {
        return call(limiter -> limiter.hit(key, limit));
    }

    @Override
    public RateLimitDecision acquire(String key, RateLimit limit) {
        return call(limiter -> limiter.acquire(key, limit));
    }

    @Override
    public void release(String key, RateLimit limit) {
        call(limiter -> {
            limiter.release(key, limit);
            return null;
        });
    }

    private <T> T call(Function<RateLimiter, T> operation) {
        long now = nanoClock.getAsLong();
        if (down.get()) {
            long at = retryAt.get();
            if (now - at < 0 || !retryAt.compareAndSet(at, now + coolDownNanos)) {
                return operation.apply(fallback);
            }
        }
        try {
            T answer = operation.apply(primary);
            if (down.compareAndSet(true, false)) {
                LOG.info("Redis answers again: rate limits are shared by all replicas again");
            }
            return answer;
        } catch (RuntimeException e) {
            retryAt.set(now + coolDownNanos);
            if (down.compareAndSet(false, true)) {
                LOG.warning("Redis is unreachable for rate limiting (" + describe(e)
                        + "); counting in this replica's memory until it answers again");
            }
            return operation.apply(fallback);
        }
    }

    /** Whether Redis is currently skipped (tests and diagnostics). */
    boolean isDown() {
        return down.get();
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + DatabaseUrl.mask(root.getMessage());
        return root.getClass().getSimpleName() + message;
    }
}
