package io.docuelevate.application.documents;

/**
 * None of the documents a bulk request names exists for the caller, or none has what the operation needs
 * (a file on disk for an archive): answered 404, so other users' documents stay invisible.
 */
public class NoVisibleDocumentsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reference's text when none of the requested documents is visible. */
    public static final String NO_FILES_FOUND = "No files found with the provided IDs";

    public NoVisibleDocumentsException(String message) {
        super(message);
    }

    /** None of the ids names a visible document. */
    public static NoVisibleDocumentsException noneVisible() {
        return new NoVisibleDocumentsException(NO_FILES_FOUND);
    }
}
