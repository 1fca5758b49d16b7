package io.docuelevate.application.system;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.QueueStatistics;
import io.docuelevate.application.readiness.ClusterFacts;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.domain.document.DocumentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the status page shows in one call: the components' health (global), the replicas and workers
 * (global), and — for the documents the viewer may see — queue figures, documents processed per hour over the
 * last {@value #HOURS} hours and the most recent failures.
 */
@ApplicationScoped
public class SystemStatus {

    /** Hours the throughput covers, the current (unfinished) hour last. */
    public static final int HOURS = 24;

    /** How many failed documents the overview lists, newest first. */
    public static final int RECENT_FAILURES = 10;

    @Inject
    HealthService health;

    @Inject
    DocumentQueries documents;

    @Inject
    ClusterFacts cluster;

    @Inject
    ProcessingHistory history;

    Clock clock = Clock.systemUTC();

    /** The overview for a viewer who sees the owner's documents ({@code ownerId} empty: every document). */
    public Overview overview(Optional<String> ownerId) {
        Instant now = clock.instant();
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1L));
        List<OffsetDateTime> completions = history.completionsSince(firstHour.atOffset(ZoneOffset.UTC), ownerId);
        DocumentQueries.Page<DocumentSummary> failed = documents.list(
                new DocumentQueries.ListCriteria(
                        1,
                        RECENT_FAILURES,
                        DocumentQueries.SortField.CREATED_AT,
                        DocumentQueries.SortOrder.DESC,
                        null,
                        null,
                        DocumentStatus.FAILED,
                        null,
                        null),
                ownerId);
        return new Overview(
                health.check(),
                cluster.replicas(),
                documents.queueStatistics(ownerId),
                perHour(completions, firstHour),
                failed.items(),
                failed.total(),
                now);
    }

    /** {@value #HOURS} hourly counts starting at {@code firstHour}; times outside the window are left out. */
    static List<HourCount> perHour(List<OffsetDateTime> completions, Instant firstHour) {
        long[] counts = new long[HOURS];
        for (OffsetDateTime completed : completions) {
            if (completed == null) {
                continue;
            }
            long hour = Duration.between(firstHour, completed.toInstant()).toHours();
            if (!completed.toInstant().isBefore(firstHour) && hour < HOURS) {
                counts[(int) hour]++;
            }
        }
        List<HourCount> hours = new ArrayList<>(HOURS);
        for (int i = 0; i < HOURS; i++) {
            hours.add(new HourCount(firstHour.plus(Duration.ofHours(i)), counts[i]));
        }
        return hours;
    }

    /** Documents whose pipeline finished in the hour starting at {@code hourStart}. */
    public record HourCount(Instant hourStart, long processed) {}

    /**
     * Everything the status page shows. {@code health} and {@code replicas} are global; {@code queue},
     * {@code processedPerHour} and the failures cover the viewer's documents.
     */
    public record Overview(
            HealthReport health,
            ReadinessSnapshot.Replicas replicas,
            QueueStatistics queue,
            List<HourCount> processedPerHour,
            List<DocumentSummary> recentFailures,
            long failedTotal,
            Instant measuredAt) {

        public long processedInWindow() {
            return processedPerHour.stream().mapToLong(HourCount::processed).sum();
        }
    }
}
