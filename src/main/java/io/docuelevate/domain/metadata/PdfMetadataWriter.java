package io.docuelevate.domain.metadata;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: enriches a PDF with its metadata (step {@code embed_metadata_into_pdf}, reference spec §2.7):
 * Title, Author, Subject and Keywords in the Info dictionary, the same in XMP, and the full metadata
 * object in DocuElevate's own XMP namespace, so the file describes itself wherever it is copied.
 */
public interface PdfMetadataWriter {

    /**
     * Writes an enriched copy of {@code source} to {@code target}. The target appears only when complete
     * (written to a temporary file beside it, then moved), and replaces an existing target.
     * {@code source} and {@code target} may be the same file.
     *
     * @throws IOException the source cannot be read as a PDF or the target cannot be written
     */
    void write(Path source, Path target, DocumentMetadata metadata) throws IOException;
}
