package io.docuelevate.application.documents;

/** A document operation that cannot be done now, with the reason shown to the caller. */
public class OperationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: maps to HTTP 403 (disabled by configuration), 409 (conflicting state) or 400 (invalid request). */
    public enum Reason {
        DISABLED,
        CONFLICT,
        INVALID
    }

    private final Reason reason;

    public OperationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
