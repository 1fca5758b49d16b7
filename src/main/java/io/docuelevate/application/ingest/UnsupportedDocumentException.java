package io.docuelevate.application.ingest;

/** The uploaded bytes are not a type the pipeline accepts (answered 415); nothing was stored. */
public class UnsupportedDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String message) {
        super(message);
    }
}
