package io.docuelevate.application.search;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.search.SearchDocument;

/**
 * The fields search needs from a document's metadata (the reference's 13 fields). A document without
 * metadata (not extracted yet, or stored metadata that could not be read) is indexed without them.
 */
public final class MetadataReader {

    private MetadataReader() {}

    public static SearchDocument.Metadata read(DocumentMetadata metadata) {
        if (metadata == null) {
            return SearchDocument.Metadata.NONE;
        }
        return new SearchDocument.Metadata(
                present(metadata.title()),
                present(metadata.documentType()),
                metadata.kommunikationsart().name(),
                metadata.tags(),
                present(metadata.absender()),
                present(metadata.empfaenger()),
                present(metadata.correspondent()),
                present(metadata.language()),
                present(metadata.referenceNumber()),
                metadata.confidenceScore());
    }

    private static String present(String value) {
        return value.isBlank() ? null : value;
    }
}
