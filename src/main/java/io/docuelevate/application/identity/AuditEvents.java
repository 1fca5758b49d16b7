package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import java.util.List;

/** Where audit records are kept; {@link AuditLog} decides the transactions. */
public interface AuditEvents {

    void add(AuditEvent event);

    /** The newest records, optionally only those of one action. */
    List<AuditEvent> recent(String action, int limit);
}
