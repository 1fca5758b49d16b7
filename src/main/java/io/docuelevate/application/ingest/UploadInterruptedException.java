package io.docuelevate.application.ingest;

/**
 * Reading an upload failed before its end (the client broke off, or the multipart body ended without its
 * closing boundary): the client's fault, answered 400; the partial file was removed.
 */
public class UploadInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UploadInterruptedException(Exception cause) {
        super("Upload interrupted: " + cause.getMessage(), cause);
    }
}
