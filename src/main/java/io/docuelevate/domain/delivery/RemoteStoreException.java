package io.docuelevate.domain.delivery;

/**
 * A remote store could not do what was asked. The message is shown to users and recorded in the step history:
 * it names the store and the cause ("SFTP 127.0.0.1:2222: authentication failed for user scan") and never a
 * password or token. {@link #isTransient()} says whether retrying later can help (connection refused or reset,
 * time-outs, HTTP 429 and 5xx) as against needing a change first (wrong password, unknown folder, refused host).
 */
public class RemoteStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    public RemoteStoreException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public RemoteStoreException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
