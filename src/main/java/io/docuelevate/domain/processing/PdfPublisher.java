package io.docuelevate.domain.processing;

import io.docuelevate.domain.metadata.DocumentMetadata;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: publishes an enriched PDF under its metadata name in {@code processed/}, with the {@code .json}
 * sidecar, so the pipeline and metadata corrections place files by one rule.
 */
public interface PdfPublisher {

    /** Where the document went, absolute and relative to the work directory (as stored in the database). */
    record Published(Path pdf, Path sidecar, String relativePdf, String relativeSidecar) {}

    /**
     * Enriches {@code source} with {@code metadata} and publishes it with its sidecar. The source is left
     * alone (the caller removes it when it was a working copy).
     *
     * @param originalFilePath the original's path as stored (relative to the work directory), for the sidecar
     * @param fallbackName     used when the metadata has neither file name nor title (e.g. the upload's name)
     * @param current          this document's earlier processed file, reused if the name leads to it; may be {@code null}
     */
    Published publish(
            Path source, DocumentMetadata metadata, String originalFilePath, String fallbackName, Path current)
            throws IOException;
}
