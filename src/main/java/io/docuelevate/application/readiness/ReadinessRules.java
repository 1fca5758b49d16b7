package io.docuelevate.application.readiness;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Quick Checklist of the production guide ({@code ProductionReadiness.md}) as rules over a
 * {@link ReadinessSnapshot}: one item per checklist line, in its order, each with the evidence the
 * server saw and the fix. Pure functions, so every rule is tested without a server.
 */
public final class ReadinessRules {

    /** A backup older than this is not a daily backup any more. */
    static final Duration BACKUP_MAX_AGE = Duration.ofHours(26);
    /** {@code /api/health} polled within this window counts as monitored. */
    static final Duration HEALTH_POLL_WINDOW = Duration.ofMinutes(15);

    static final long GIB = 1L << 30;

    private ReadinessRules() {}

    public static List<ReadinessItem> evaluate(ReadinessSnapshot s) {
        return List.of(
                DataRules.database(s),
                DataRules.migrations(s),
                DataRules.storage(s),
                DataRules.processedFiles(s),
                SecurityRules.tls(s),
                SecurityRules.sessionSecret(s),
                SecurityRules.adminPassword(s),
                SecurityRules.auth(s),
                SecurityRules.securityHeaders(s),
                SecurityRules.rateLimiting(s),
                ServiceRules.redis(s),
                ServiceRules.meilisearch(s),
                ServiceRules.converter(s),
                ServiceRules.workers(s),
                ServiceRules.monitoring(s),
                DataRules.backups(s),
                DataRules.logRetention(s),
                SecurityRules.secrets(s),
                SecurityRules.testOnlySettings(s));
    }

    static Status worse(Status a, Status b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    static ReadinessItem item(String id, String title, Status status, String evidence, String fix) {
        return new ReadinessItem(id, title, status, evidence, fix);
    }

    static String ago(Instant now, Instant then) {
        Duration age = Duration.between(then, now);
        if (age.isNegative() || age.toSeconds() < 90) {
            return Math.max(0, age.toSeconds()) + " s ago";
        }
        if (age.toMinutes() < 90) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
    }
}
