package io.docuelevate.infrastructure.persistence.identity;

import io.docuelevate.application.identity.AuditEvents;
import io.docuelevate.application.identity.AuditFilter;
import io.docuelevate.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
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

    @Override
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        TypedQuery<AuditEvent> query = entityManager
                .createQuery(
                        "SELECT e FROM AuditEvent e" + where(filter) + " ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        bind(query, filter);
        return query.getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        TypedQuery<Long> query =
                entityManager.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.username() != null) {
            conditions.add("e.username = :username");
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (filter.before() != null) {
            conditions.add("e.occurredAt < :before");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (filter.username() != null) {
            query.setParameter("username", filter.username());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.before() != null) {
            query.setParameter("before", filter.before());
        }
    }
}
