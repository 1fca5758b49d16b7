package io.docuelevate.domain.metadata;

/**
 * Metadata could not be extracted (the AI service failed, timed out or answered something that is not
 * the metadata object). The message says why in one line and never contains credentials.
 */
public class MetadataExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public MetadataExtractionException(String message) {
        super(message);
    }

    public MetadataExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
