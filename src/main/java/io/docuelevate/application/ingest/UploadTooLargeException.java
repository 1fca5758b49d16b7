package io.docuelevate.application.ingest;

/** The upload exceeded {@code MAX_UPLOAD_SIZE} (answered 413); the partial file was removed. */
public class UploadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(long limit) {
        super("File too large: the limit is " + limit
                + " bytes (MAX_UPLOAD_SIZE); see SECURITY_AUDIT.md for upload limits");
    }
}
