package io.docuelevate.domain.processing;

/**
 * The document itself cannot be processed (encrypted, malformed, too large to render, unsupported):
 * a permanent failure that is never retried. The message is shown to users as the step's error, so
 * it says what is wrong in plain words ("password required", "page 3 is 40000×40000 pixels, above
 * the limit of 100000000").
 */
public class DocumentRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentRejectedException(String message) {
        super(message);
    }

    public DocumentRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
