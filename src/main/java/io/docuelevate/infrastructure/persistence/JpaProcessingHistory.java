package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.system.ProcessingHistory;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@link ProcessingHistory} from the step rows: a document finished when a terminal step (the same steps
 * that make its status {@code completed}) succeeded or was skipped; its newest such step counts.
 */
@ApplicationScoped
@Transactional
public class JpaProcessingHistory implements ProcessingHistory {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public List<OffsetDateTime> completionsSince(OffsetDateTime since, Optional<String> ownerId) {
        JpqlWhere finished = JpqlWhere.ownedThrough("t", ownerId)
                .add("t.stepName IN :terminalSteps")
                .bind("terminalSteps", DocumentStatus.TERMINAL_STEPS)
                .add("(t.status = :success OR t.status = :skipped)")
                .bind("success", StepStatus.SUCCESS)
                .bind("skipped", StepStatus.SKIPPED)
                .add("t.completedAt >= :since")
                .bind("since", since);
        return finished.apply(entityManager.createQuery(
                        "SELECT MAX(t.completedAt) FROM ProcessingStep t" + finished + " GROUP BY t.fileId",
                        OffsetDateTime.class))
                .getResultList();
    }
}
