package io.docuelevate.application.identity;

import java.time.OffsetDateTime;

/**
 * Which audit records to show: of one user and/or one action (exact, empty for any), from a moment on and before
 * another (either may be null).
 */
public record AuditFilter(String username, String action, OffsetDateTime from, OffsetDateTime before) {

    public AuditFilter {
        username = blankToNull(username);
        action = blankToNull(action);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
