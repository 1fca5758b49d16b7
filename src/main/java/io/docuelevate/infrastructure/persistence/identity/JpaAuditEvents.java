package io.docuelevate.infrastructure.persistence.identity;

import io.docuelevate.application.identity.AuditEvents;
import io.docuelevate.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** JPA implementation of {@link AuditEvents}; joins the caller's transaction. */
@ApplicationScoped
public class JpaAuditEvents implements AuditEvents {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public void add(AuditEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<AuditEvent> recent(String action, int limit) {
        TypedQuery<AuditEvent> query = entityManager
                .createQuery(
                        "SELECT e FROM AuditEvent e" + (action == null ? "" : " WHERE e.action = :action")
                                + " ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class)
                .setMaxResults(limit);
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }
}
