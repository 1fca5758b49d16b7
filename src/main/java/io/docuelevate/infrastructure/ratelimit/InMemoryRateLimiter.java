package io.docuelevate.infrastructure.ratelimit;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Fixed-window counters in this JVM: the limiter without {@code REDIS_URL}, and the fallback while Redis
 * is unreachable. Memory is bounded: expired windows are swept at most once a second, and beyond
 * {@code maxKeys} clients the oldest window is dropped (that client starts a fresh window), so a flood
 * of distinct addresses cannot exhaust the heap.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    static final int DEFAULT_MAX_KEYS = 100_000;
    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger LOG = Logger.getLogger(InMemoryRateLimiter.class.getName());

    /** One key's current window; guarded by the limiter's lock. */
    private static final class Window {
        final long endsAt;
        long count;

        Window(long endsAt) {
            this.endsAt = endsAt;
        }
    }

    private final LongSupplier nanoClock;
    private final int maxKeys;
    private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();
    private long nextSweepAt;
    private boolean warnedFull;

    public InMemoryRateLimiter() {
        this(System::nanoTime, DEFAULT_MAX_KEYS);
    }

    InMemoryRateLimiter(LongSupplier nanoClock, int maxKeys) {
        this.nanoClock = nanoClock;
        this.maxKeys = maxKeys;
        this.nextSweepAt = nanoClock.getAsLong();
    }

    @Override
    public synchronized RateLimitDecision hit(String key, RateLimit limit) {
        long now = nanoClock.getAsLong();
        Window window = current(key, limit, now);
        window.count++;
        return decision(window.count <= limit.permits(), window, limit, now);
    }

    @Override
    public synchronized RateLimitDecision acquire(String key, RateLimit limit) {
        long now = nanoClock.getAsLong();
        Window window = current(key, limit, now);
        boolean allowed = window.count < limit.permits();
        if (allowed) {
            window.count++;
        }
        return decision(allowed, window, limit, now);
    }

    @Override
    public synchronized void release(String key, RateLimit limit) {
        Window window = windows.get(key);
        if (window != null && window.endsAt - nanoClock.getAsLong() > 0 && window.count > 0) {
            window.count--;
        }
    }

    /** The key's window, a fresh one when it has none or its window has ended. */
    private Window current(String key, RateLimit limit, long now) {
        sweepIfDue(now);
        Window window = windows.get(key);
        if (window == null || window.endsAt - now <= 0) {
            if (window != null) {
                windows.remove(key);
            }
            window = new Window(now + limit.window().toNanos());
            windows.put(key, window);
            if (windows.size() > maxKeys) {
                dropOldest();
            }
        }
        return window;
    }

    private static RateLimitDecision decision(boolean allowed, Window window, RateLimit limit, long now) {
        return new RateLimitDecision(allowed, window.count, limit.permits(), Duration.ofNanos(window.endsAt - now));
    }

    /** Keys currently tracked (tests and diagnostics). */
    synchronized int size() {
        return windows.size();
    }

    private void sweepIfDue(long now) {
        if (now - nextSweepAt < 0) {
            return;
        }
        nextSweepAt = now + SWEEP_INTERVAL_NANOS;
        windows.values().removeIf(window -> window.endsAt - now <= 0);
    }

    private void dropOldest() {
        Iterator<Map.Entry<String, Window>> oldest = windows.entrySet().iterator();
        oldest.next();
        oldest.remove();
        if (!warnedFull) {
            warnedFull = true;
            LOG.warning("In-memory rate limiter holds the maximum of " + maxKeys
                    + " client windows; the oldest are dropped (configure REDIS_URL for shared, larger limits)");
        }
    }
}
