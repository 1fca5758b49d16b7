package io.docuelevate.application.documents;

/** No document with that id exists for the caller (answered 404, also for documents of other users). */
public class DocumentNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long fileId;

    public DocumentNotFoundException(long fileId) {
        super("File not found: " + fileId);
        this.fileId = fileId;
    }

    public long fileId() {
        return fileId;
    }
}
