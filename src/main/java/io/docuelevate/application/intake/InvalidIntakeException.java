package io.docuelevate.application.intake;

/** A URL upload or intake request that is not acceptable as sent (answered 400 with the reason); nothing stored. */
public class InvalidIntakeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidIntakeException(String detail) {
        super(detail);
    }
}
