package io.docuelevate.application.system;

/** A reason the server must not start, worded for the operator (one line, no secrets). */
public class StartupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupFailure(String message) {
        super(message);
    }
}
