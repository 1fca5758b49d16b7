package io.docuelevate.application.ratelimit;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.domain.queue.WorkItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The reference's health-aware per-user upload limit (spec §6.5, §9 item 25): the base limit shrinks
 * while the work queue is deep or the machine is overloaded, so uploads slow down before the pipeline
 * drowns. Queue depth and load are sampled at most every 15 seconds; a failed sample counts as no
 * pressure (the database outage itself is reported by the health endpoints).
 */
@ApplicationScoped
public class UploadPressure {

    private static final Logger LOG = Logger.getLogger(UploadPressure.class.getName());
    private static final long SAMPLE_NANOS = TimeUnit.SECONDS.toNanos(15);

    @Inject
    DocumentQueries queries;

    private long sampledAt;
    private boolean sampled;
    private double factor = 1.0;

    /** The per-user upload limit right now: {@code base} times the current factor, at least 1; 0 stays 0 (off). */
    public int limit(int base) {
        return effectiveLimit(base, currentFactor());
    }

    /** Fraction by queue depth (queued work items): above 50, 100, 200 → 0.5, 0.25, 0.1. */
    static double queueFactor(long queued) {
        return queued > 200 ? 0.1 : queued > 100 ? 0.25 : queued > 50 ? 0.5 : 1.0;
    }

    /** Fraction by load average per processor: above 1.5, 2, 3 → 0.5, 0.25, 0.1; unknown load (negative) → 1. */
    static double loadFactor(double loadPerProcessor) {
        return loadPerProcessor > 3 ? 0.1 : loadPerProcessor > 2 ? 0.25 : loadPerProcessor > 1.5 ? 0.5 : 1.0;
    }

    /** The worst factor wins; the result is at least 1 unless the base is 0. */
    static int effectiveLimit(int base, double factor) {
        if (base <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.floor(base * factor));
    }

    private synchronized double currentFactor() {
        long now = System.nanoTime();
        if (!sampled || now - sampledAt >= SAMPLE_NANOS) {
            sampled = true;
            sampledAt = now;
            factor = Math.min(queueFactor(queuedItems()), loadFactor(loadPerProcessor()));
        }
        return factor;
    }

    private long queuedItems() {
        try {
            return queries.queueStatistics(Optional.empty()).itemsByQueue().values().stream()
                    .map(states -> states.getOrDefault(WorkItemState.QUEUED, 0L))
                    .mapToLong(Long::longValue)
                    .sum();
        } catch (RuntimeException e) {
            LOG.fine(() -> "queue depth unavailable for the upload limit: " + e.getMessage());
            return 0;
        }
    }

    private static double loadPerProcessor() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? -1 : load / Runtime.getRuntime().availableProcessors();
    }
}
