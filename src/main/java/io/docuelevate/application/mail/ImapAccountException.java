package io.docuelevate.application.mail;

/** A refused account request: invalid input (422), unknown or someone else's account (404), failed test (400). */
public class ImapAccountException extends RuntimeException {

    /** Why the request was refused. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        CONNECTION_FAILED
    }

    private final Reason reason;

    public ImapAccountException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
