package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/** Writes audit records in their own transaction, so a failing request still leaves its trace. */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Inject
    AuditEvents events;

    /** The newest records, optionally of one action. */
    @Transactional
    public List<AuditEvent> recent(String action, int limit) {
        return events.recent(action, limit);
    }

    /** One page of audit records, newest first. */
    public record Page(List<AuditEvent> events, long total, int offset, int limit) {

        public boolean hasNext() {
            return offset + events.size() < total;
        }

        public boolean hasPrevious() {
            return offset > 0;
        }
    }

    /** The records matching {@code filter}, {@code limit} (1 to 500) from {@code offset} on. */
    @Transactional
    public Page search(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(500, limit));
        int start = Math.max(0, offset);
        return new Page(events.search(filter, start, size), events.count(filter), start, size);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(
            String username,
            String action,
            String resourceType,
            String resourceId,
            String ipAddress,
            String details,
            AuditEvent.Severity severity) {
        events.add(new AuditEvent(username, action, resourceType, resourceId, ipAddress, details, severity));
        LOG.info(() -> "audit " + action + " by " + (username == null ? "anonymous" : username)
                + (resourceId == null ? "" : " on " + resourceType + " " + resourceId) + " from " + ipAddress);
    }
}
