package io.docuelevate.application.backup;

/** A backup store operation that failed; the message is operator-readable and never holds a secret. */
public class BackupStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public BackupStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
