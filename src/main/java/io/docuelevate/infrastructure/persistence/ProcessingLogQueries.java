package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.documents.DocumentQueries.LogLine;
import io.docuelevate.domain.document.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Lines of the processing history ({@code processing_logs}) by document, by task, or the latest ones. */
@ApplicationScoped
@Transactional
public class ProcessingLogQueries {

    private static final String SELECT_LINES = "SELECT l.id, l.fileId, l.taskId, l.stepName, l.status, l.message,"
            + " l.timestamp FROM ProcessingLogEntry l";
    private static final String NEWEST_FIRST = " ORDER BY l.timestamp DESC, l.id DESC";
    private static final String OLDEST_FIRST = " ORDER BY l.timestamp, l.id";

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    /** The latest {@code limit} lines the owner may see, optionally of one document or task, newest first. */
    public List<LogLine> latest(
            Optional<Long> documentId, Optional<String> taskId, int limit, Optional<String> ownerId) {
        JpqlWhere where = JpqlWhere.ownedThrough("l", ownerId);
        documentId.ifPresent(id -> where.add("l.fileId = :documentId").bind("documentId", id));
        taskId.ifPresent(id -> where.add("l.taskId = :taskId").bind("taskId", id));
        return lines(where.apply(entityManager.createQuery(SELECT_LINES + where + NEWEST_FIRST, Object[].class))
                .setMaxResults(limit));
    }

    /** All lines of a document, newest or oldest first (the caller has checked the owner may see it). */
    public List<LogLine> ofDocument(long documentId, boolean newestFirst) {
        return lines(entityManager
                .createQuery(
                        SELECT_LINES + " WHERE l.fileId = :documentId" + (newestFirst ? NEWEST_FIRST : OLDEST_FIRST),
                        Object[].class)
                .setParameter("documentId", documentId));
    }

    /** All lines of a task the owner may see, oldest first. */
    public List<LogLine> ofTask(String taskId, Optional<String> ownerId) {
        JpqlWhere where =
                JpqlWhere.ownedThrough("l", ownerId).add("l.taskId = :taskId").bind("taskId", taskId);
        return lines(where.apply(entityManager.createQuery(SELECT_LINES + where + OLDEST_FIRST, Object[].class)));
    }

    private static List<LogLine> lines(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(columns -> new LogLine(
                        (Long) columns[0],
                        (Long) columns[1],
                        (String) columns[2],
                        (String) columns[3],
                        (StepStatus) columns[4],
                        (String) columns[5],
                        (OffsetDateTime) columns[6]))
                .toList();
    }
}
