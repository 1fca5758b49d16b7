package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import java.util.List;

/** Where audit records are kept; {@link AuditLog} decides the transactions. */
public interface AuditEvents {

    void add(AuditEvent event);

    /** The newest records, optionally only those of one action. */
    List<AuditEvent> recent(String action, int limit);

    /** One page of the records that match, newest first. */
    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    /** How many records match. */
    long count(AuditFilter filter);
}
