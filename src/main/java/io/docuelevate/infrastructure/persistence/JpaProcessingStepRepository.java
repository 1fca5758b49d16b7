package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.ProcessingLogEntry;
import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.ProcessingStepRepository;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link ProcessingStepRepository}. */
@ApplicationScoped
@Transactional
public class JpaProcessingStepRepository implements ProcessingStepRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Optional<ProcessingStep> find(long fileId, String stepName) {
        return entityManager
                .createQuery(
                        "SELECT s FROM ProcessingStep s WHERE s.fileId = :fileId AND s.stepName = :stepName",
                        ProcessingStep.class)
                .setParameter("fileId", fileId)
                .setParameter("stepName", stepName)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ProcessingStep> ofDocument(long fileId) {
        return entityManager
                .createQuery(
                        "SELECT s FROM ProcessingStep s WHERE s.fileId = :fileId ORDER BY s.id", ProcessingStep.class)
                .setParameter("fileId", fileId)
                .getResultList();
    }

    @Override
    public void add(ProcessingStep step) {
        entityManager.persist(step);
    }

    @Override
    public void log(ProcessingLogEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<ProcessingStep> stalled(OffsetDateTime startedBefore, OffsetDateTime now) {
        return entityManager
                .createQuery(
                        "SELECT s FROM ProcessingStep s WHERE s.status = :inProgress"
                                + " AND s.startedAt < :before AND NOT EXISTS (SELECT w FROM WorkItem w WHERE w.fileId = s.fileId"
                                + " AND w.state = :running AND w.leaseExpiresAt > :now)",
                        ProcessingStep.class)
                .setParameter("inProgress", StepStatus.IN_PROGRESS)
                .setParameter("before", startedBefore)
                .setParameter("running", WorkItemState.RUNNING)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void removeOfDocument(long fileId) {
        entityManager
                .createQuery("DELETE FROM ProcessingStep s WHERE s.fileId = :id")
                .setParameter("id", fileId)
                .executeUpdate();
    }

    @Override
    public void detachLogs(long fileId) {
        entityManager
                .createQuery("UPDATE ProcessingLogEntry l SET l.fileId = NULL WHERE l.fileId = :id")
                .setParameter("id", fileId)
                .executeUpdate();
    }
}
