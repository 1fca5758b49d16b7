package io.docuelevate.application.search;

/** A saved-search request refused: invalid (422), conflicting (409: name taken, too many) or unknown (404). */
public class SavedSearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        INVALID,
        CONFLICT,
        NOT_FOUND
    }

    private final Reason reason;

    public SavedSearchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
