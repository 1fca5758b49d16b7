package io.docuelevate.infrastructure.backup;

/** A backup archive that cannot be trusted: not a ZIP, no manifest, an entry missing or with another checksum. */
public class CorruptArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    public CorruptArchiveException(String message) {
        super(message);
    }

    public CorruptArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
