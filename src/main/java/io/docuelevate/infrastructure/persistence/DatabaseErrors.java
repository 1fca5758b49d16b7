package io.docuelevate.infrastructure.persistence;

import io.docuelevate.infrastructure.config.DatabaseUrl;

/** Turns a database failure into one line for an operator: the innermost cause's first line, passwords masked. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return DatabaseUrl.mask(message.lines().findFirst().orElse(message).strip());
    }
}
