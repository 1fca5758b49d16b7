package io.docuelevate.application.processing;

import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.infrastructure.config.ProcessingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fails steps stuck {@code in_progress} longer than {@code STEP_TIMEOUT} while no worker holds a live
 * lease on the document (a step a live worker is still running is left alone), so nothing stays
 * "processing" forever.
 */
@ApplicationScoped
public class StalledStepMonitor {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    ProcessingHistory history;

    @Inject
    ProcessingSettings settings;

    /** Returns how many steps were failed. */
    public int failStalledSteps() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ProcessingStep> stalled = stalledSince(now.minus(settings.stepTimeout()), now);
        for (ProcessingStep step : stalled) {
            history.record(step.getFileId(), null, step.getStepName(), StepStatus.FAILURE,
                    "Step timed out: no progress for more than " + settings.stepTimeout().toSeconds() + " s (STEP_TIMEOUT)");
        }
        return stalled.size();
    }

    List<ProcessingStep> stalledSince(OffsetDateTime startedBefore, OffsetDateTime now) {
        return entityManager.createQuery("SELECT s FROM ProcessingStep s WHERE s.status = :inProgress"
                        + " AND s.startedAt < :before AND NOT EXISTS (SELECT w FROM WorkItem w WHERE w.fileId = s.fileId"
                        + " AND w.state = io.docuelevate.domain.queue.WorkItemState.RUNNING AND w.leaseExpiresAt > :now)",
                        ProcessingStep.class)
                .setParameter("inProgress", StepStatus.IN_PROGRESS).setParameter("before", startedBefore)
                .setParameter("now", now).getResultList();
    }
}
