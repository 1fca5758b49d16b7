package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.InProgressStep;
import io.docuelevate.application.documents.DocumentQueries.QueueStatistics;
import io.docuelevate.application.documents.DocumentQueries.WorkItemView;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The queue and processing figures operators watch: work items by queue and state, the oldest waiting
 * item, busy workers, samples of running and delayed items, documents and steps by status.
 */
@ApplicationScoped
@Transactional
public class QueueStatisticsQuery {

    /** How many running, delayed or in-progress items the queue statistics show. */
    static final int QUEUE_SAMPLE_SIZE = 20;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    DocumentListQuery documents;

    public QueueStatistics queueStatistics(Optional<String> ownerId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        JpqlWhere queued = workItemsOf(ownerId).add("w.state = :queued").bind("queued", WorkItemState.QUEUED);
        OffsetDateTime oldestQueued = queued.apply(entityManager.createQuery(
                        "SELECT MIN(w.createdAt) FROM WorkItem w" + queued, OffsetDateTime.class))
                .getSingleResult();
        JpqlWhere running = workItemsOf(ownerId).add("w.state = :running").bind("running", WorkItemState.RUNNING);
        JpqlWhere delayed = workItemsOf(ownerId)
                .add("w.state = :queued")
                .bind("queued", WorkItemState.QUEUED)
                .add("w.notBefore > :now")
                .bind("now", now);
        long totalDocuments = documents.count(JpqlWhere.documentsOf(ownerId));
        return new QueueStatistics(
                itemsByQueue(ownerId),
                oldestQueued,
                leaseHolders(ownerId, now),
                workItems(running, " ORDER BY w.id"),
                workItems(delayed, " ORDER BY w.notBefore, w.id"),
                documentsByStatus(ownerId),
                totalDocuments,
                stepsByStatus(ownerId),
                inProgress(ownerId),
                now);
    }

    private Map<String, Map<WorkItemState, Long>> itemsByQueue(Optional<String> ownerId) {
        JpqlWhere items = workItemsOf(ownerId);
        Map<String, Map<WorkItemState, Long>> byQueue = new TreeMap<>();
        for (Object[] columns : items.apply(entityManager.createQuery(
                        "SELECT w.queueName, w.state, COUNT(w)" + " FROM WorkItem w" + items
                                + " GROUP BY w.queueName, w.state",
                        Object[].class))
                .getResultList()) {
            byQueue.computeIfAbsent((String) columns[0], queue -> new EnumMap<>(WorkItemState.class))
                    .put((WorkItemState) columns[1], (Long) columns[2]);
        }
        return byQueue;
    }

    /** Workers holding an unexpired lease: the replicas busy right now. */
    private List<String> leaseHolders(Optional<String> ownerId, OffsetDateTime now) {
        JpqlWhere leased = workItemsOf(ownerId)
                .add("w.state = :running")
                .bind("running", WorkItemState.RUNNING)
                .add("w.leaseOwner IS NOT NULL")
                .add("w.leaseExpiresAt > :now")
                .bind("now", now);
        return leased.apply(entityManager.createQuery(
                        "SELECT DISTINCT w.leaseOwner FROM WorkItem w" + leased + " ORDER BY w.leaseOwner",
                        String.class))
                .getResultList();
    }

    private List<WorkItemView> workItems(JpqlWhere where, String orderBy) {
        return where
                .apply(entityManager.createQuery("SELECT w FROM WorkItem w" + where + orderBy, WorkItem.class))
                .setMaxResults(QUEUE_SAMPLE_SIZE)
                .getResultList()
                .stream()
                .map(item -> new WorkItemView(
                        item.getTaskId(),
                        item.getQueueName(),
                        item.getTaskType(),
                        item.getFileId(),
                        item.getState(),
                        item.getAttempts(),
                        item.getLeaseOwner(),
                        item.getNotBefore(),
                        item.getLeaseExpiresAt(),
                        item.getCreatedAt()))
                .toList();
    }

    private Map<DocumentStatus, Long> documentsByStatus(Optional<String> ownerId) {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        for (DocumentStatus status : DocumentStatus.values()) {
            JpqlWhere where = JpqlWhere.documentsOf(ownerId);
            DocumentStatusConditions.restrict(where, status);
            counts.put(status, documents.count(where));
        }
        return counts;
    }

    private Map<StepStatus, Long> stepsByStatus(Optional<String> ownerId) {
        JpqlWhere steps = JpqlWhere.ownedThrough("s", ownerId);
        Map<StepStatus, Long> counts = new EnumMap<>(StepStatus.class);
        for (StepStatus status : StepStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] columns : steps.apply(entityManager.createQuery(
                        "SELECT s.status, COUNT(s) FROM ProcessingStep s" + steps + " GROUP BY s.status",
                        Object[].class))
                .getResultList()) {
            counts.put((StepStatus) columns[0], (Long) columns[1]);
        }
        return counts;
    }

    /** The most recently updated steps in progress, with their document. */
    private List<InProgressStep> inProgress(Optional<String> ownerId) {
        JpqlWhere current = JpqlWhere.documentsOf(ownerId)
                .add("s.fileId = f.id")
                .add("s.status = :inProgress")
                .bind("inProgress", StepStatus.IN_PROGRESS);
        return current
                .apply(entityManager.createQuery(
                        "SELECT f.id, f.originalFilename, s.stepName" + " FROM Document f, ProcessingStep s" + current
                                + " ORDER BY s.updatedAt DESC, s.id DESC",
                        Object[].class))
                .setMaxResults(QUEUE_SAMPLE_SIZE)
                .getResultList()
                .stream()
                .map(columns -> new InProgressStep((Long) columns[0], (String) columns[1], (String) columns[2]))
                .toList();
    }

    private static JpqlWhere workItemsOf(Optional<String> ownerId) {
        return JpqlWhere.ownedThrough("w", ownerId);
    }
}
