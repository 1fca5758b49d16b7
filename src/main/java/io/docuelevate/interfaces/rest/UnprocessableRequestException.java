package io.docuelevate.interfaces.rest;

/**
 * A request whose parameters or body do not validate: answered 422 with {@code {"detail": ...}}, as the
 * reference's request validation does.
 */
public class UnprocessableRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnprocessableRequestException(String detail) {
        super(detail);
    }
}
