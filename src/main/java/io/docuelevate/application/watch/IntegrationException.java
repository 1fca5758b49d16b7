package io.docuelevate.application.watch;

/** An integration request refused: invalid or not supported (422) or unknown, also someone else's (404). */
public class IntegrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        INVALID,
        NOT_FOUND
    }

    private final Reason reason;

    public IntegrationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static IntegrationException invalid(String message) {
        return new IntegrationException(Reason.INVALID, message);
    }
}
