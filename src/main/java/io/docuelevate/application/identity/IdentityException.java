package io.docuelevate.application.identity;

/** An identity operation refused, with the HTTP status the reference answers and a reason for the caller. */
public class IdentityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public IdentityException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
