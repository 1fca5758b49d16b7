package io.docuelevate.application.backup;

/**
 * A backup request that cannot be carried out, with the HTTP status that says why (400 wrong input,
 * 404 unknown backup, 409 busy, 422 unusable archive, 500 failure) and a message for the administrator.
 */
public class BackupRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    public BackupRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
