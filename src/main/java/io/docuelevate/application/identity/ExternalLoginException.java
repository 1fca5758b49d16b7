package io.docuelevate.application.identity;

/** An external (OpenID Connect) login that cannot be completed, with the reason for the audit log (never a token). */
public class ExternalLoginException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExternalLoginException(String message) {
        super(message);
    }
}
