package io.docuelevate.infrastructure.mail;

import java.util.logging.Logger;

/** Short, secret-free descriptions of mail errors: the innermost cause's message (servers never echo passwords). */
public final class MailErrors {

    private static final Logger LOG = Logger.getLogger(MailErrors.class.getName());

    private MailErrors() {}

    /** The innermost cause's message, at most 300 characters, or its class name when it has none. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    static void ignore(String what, Exception error) {
        LOG.fine(() -> what + " failed: " + describe(error));
    }
}
