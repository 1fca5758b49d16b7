package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.QueueStatistics;
import io.docuelevate.application.documents.DocumentQueries.WorkItemView;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.queue.WorkItemState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/queue/stats} in the reference's shape ({@code queues}, {@code total_queued}, {@code celery},
 * {@code db_summary}) computed from our database work queue, plus {@code running}, {@code failed},
 * {@code oldest_queued_age_seconds} and {@code by_queue} (items per state of each queue).
 */
public record QueueStatsDto(
        Map<String, Long> queues,
        long totalQueued,
        long running,
        long failed,
        Long oldestQueuedAgeSeconds,
        Map<String, QueueCounts> byQueue,
        Workers celery,
        DbSummary dbSummary) {

    /** Queues the reference always lists, even when empty. */
    public static final List<String> REFERENCE_QUEUES = List.of("document_processor", "default", "celery");

    public static QueueStatsDto from(QueueStatistics statistics) {
        Map<String, Long> queues = new LinkedHashMap<>();
        REFERENCE_QUEUES.forEach(queue -> queues.put(queue, 0L));
        Map<String, QueueCounts> byQueue = new LinkedHashMap<>();
        long running = 0;
        long failed = 0;
        for (Map.Entry<String, Map<WorkItemState, Long>> queue :
                statistics.itemsByQueue().entrySet()) {
            Map<WorkItemState, Long> states = queue.getValue();
            QueueCounts counts = new QueueCounts(
                    states.getOrDefault(WorkItemState.QUEUED, 0L),
                    states.getOrDefault(WorkItemState.RUNNING, 0L),
                    states.getOrDefault(WorkItemState.SUCCEEDED, 0L),
                    states.getOrDefault(WorkItemState.FAILED, 0L),
                    states.getOrDefault(WorkItemState.CANCELLED, 0L));
            queues.put(queue.getKey(), counts.queued());
            byQueue.put(queue.getKey(), counts);
            running += counts.running();
            failed += counts.failed();
        }
        long totalQueued = queues.values().stream().mapToLong(Long::longValue).sum();
        Long oldestQueuedAge = statistics.oldestQueuedAt() == null
                ? null
                : Math.max(
                        0,
                        Duration.between(statistics.oldestQueuedAt(), statistics.measuredAt())
                                .toSeconds());
        Workers workers = new Workers(
                statistics.leaseHolders().size(),
                statistics.running().stream().map(QueueStatsDto::activeTask).toList(),
                List.of(),
                statistics.delayed().stream().map(QueueStatsDto::scheduledTask).toList());
        Map<DocumentStatus, Long> documents = statistics.documentsByStatus();
        Map<String, Long> steps = new LinkedHashMap<>();
        statistics.stepsByStatus().forEach((status, count) -> steps.put(status.value(), count));
        DbSummary summary = new DbSummary(
                statistics.totalDocuments(),
                documents.getOrDefault(DocumentStatus.PROCESSING, 0L),
                documents.getOrDefault(DocumentStatus.FAILED, 0L),
                documents.getOrDefault(DocumentStatus.COMPLETED, 0L),
                documents.getOrDefault(DocumentStatus.PENDING, 0L),
                documents.getOrDefault(DocumentStatus.DUPLICATE, 0L),
                statistics.inProgress().stream()
                        .map(step -> new RecentProcessing(
                                step.documentId(),
                                step.filename() == null ? "File #" + step.documentId() : step.filename(),
                                step.stepName()))
                        .toList(),
                steps);
        return new QueueStatsDto(queues, totalQueued, running, failed, oldestQueuedAge, byQueue, workers, summary);
    }

    private static ActiveTask activeTask(WorkItemView item) {
        return new ActiveTask(
                item.taskId(),
                item.taskType(),
                arguments(item),
                item.queueName(),
                item.leaseOwner(),
                item.attempts(),
                Timestamps.iso(item.leaseExpiresAt()));
    }

    private static ScheduledTask scheduledTask(WorkItemView item) {
        return new ScheduledTask(
                item.taskId(), item.taskType(), arguments(item), item.queueName(), Timestamps.iso(item.notBefore()));
    }

    private static String arguments(WorkItemView item) {
        return item.documentId() == null ? "" : "file_id=" + item.documentId();
    }

    /** Work items of one queue by state. */
    public record QueueCounts(long queued, long running, long succeeded, long failed, long cancelled) {}

    /**
     * What the workers do, in the shape of the reference's Celery inspection: workers holding a lease, running
     * items, and items waiting for a retry time ({@code scheduled}). {@code reserved} stays empty: workers
     * claim items only when they run them.
     */
    public record Workers(
            int workersOnline, List<ActiveTask> active, List<ScheduledTask> reserved, List<ScheduledTask> scheduled) {}

    /** A running work item, the worker holding its lease and when that lease expires. */
    public record ActiveTask(
            String id, String name, String args, String queue, String worker, int attempts, String leaseExpiresAt) {}

    /** A queued work item due at {@code eta}. */
    public record ScheduledTask(String id, String name, String args, String queue, String eta) {}

    /** Documents per derived status, step rows per step status, and the documents being worked on now. */
    public record DbSummary(
            long totalFiles,
            long processing,
            long failed,
            long completed,
            long pending,
            long duplicate,
            List<RecentProcessing> recentProcessing,
            Map<String, Long> stepsByStatus) {}

    /** A document with a step in progress. */
    public record RecentProcessing(long fileId, String filename, String currentStep) {}
}
