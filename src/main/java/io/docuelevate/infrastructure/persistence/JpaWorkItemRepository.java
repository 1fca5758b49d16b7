package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemRepository;
import io.docuelevate.domain.queue.WorkItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** JPA implementation of {@link WorkItemRepository}. */
@ApplicationScoped
@Transactional
public class JpaWorkItemRepository implements WorkItemRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public long countActive(long fileId) {
        return entityManager
                .createQuery("SELECT COUNT(w) FROM WorkItem w WHERE w.fileId = :id AND w.state IN :active", Long.class)
                .setParameter("id", fileId)
                .setParameter("active", List.of(WorkItemState.QUEUED, WorkItemState.RUNNING))
                .getSingleResult();
    }

    @Override
    public void add(WorkItem item) {
        entityManager.persist(item);
    }

    @Override
    public void removeOfDocument(long fileId) {
        entityManager
                .createQuery("DELETE FROM WorkItem w WHERE w.fileId = :id")
                .setParameter("id", fileId)
                .executeUpdate();
    }
}
