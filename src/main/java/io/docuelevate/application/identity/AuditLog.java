package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/** Writes audit records in their own transaction, so a failing request still leaves its trace. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    /** The newest records, optionally of one action. */
    @Transactional
    public java.util.List<AuditEvent> recent(String action, int limit) {
        var query = entityManager.createQuery("SELECT e FROM AuditEvent e" + (action == null ? "" : " WHERE e.action = :action")
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class).setMaxResults(limit);
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, String action, String resourceType, String resourceId, String ipAddress,
                       String details, AuditEvent.Severity severity) {
        entityManager.persist(new AuditEvent(username, action, resourceType, resourceId, ipAddress, details, severity));
        LOG.info(() -> "audit " + action + " by " + (username == null ? "anonymous" : username)
                + (resourceId == null ? "" : " on " + resourceType + " " + resourceId) + " from " + ipAddress);
    }
}
