package io.docuelevate.interfaces.security;

/**
 * A body without a declared length went over its limit while being read. Unchecked on purpose: readers
 * such as the upload path pass runtime exceptions through unchanged (after removing their partial file),
 * where an {@link java.io.IOException} would be wrapped and reported as a broken upload. It carries no
 * stack trace: it is the client's mistake, answered with a 413, not a fault of the server.
 */
public class RequestBodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestBodyTooLargeException(String message) {
        super(message, null, false, false);
    }
}
