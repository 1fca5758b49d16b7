package io.docuelevate.application.ratelimit;

/** A protection setting (a rate limit, a trusted proxy) whose value cannot be used; the message names the setting. */
public class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }
}
