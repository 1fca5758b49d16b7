package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.logging.Logger;

/**
 * Stores {@link DocumentMetadata} in the {@code ai_metadata} column as {@link MetadataJson#toExtendedJson
 * extended JSON}, the text every version has written there, so {@code Document.aiMetadata} is typed and nobody
 * parses the column by hand. Applied automatically, so the domain entity needs no reference to it. A stored
 * value that is not metadata JSON reads as no metadata (and is logged) rather than failing the whole load;
 * it is not overwritten unless the document gets new metadata.
 */
@Converter(autoApply = true)
public class DocumentMetadataConverter implements AttributeConverter<DocumentMetadata, String> {

    private static final Logger LOG = Logger.getLogger(DocumentMetadataConverter.class.getName());

    @Override
    public String convertToDatabaseColumn(DocumentMetadata metadata) {
        return metadata == null ? null : MetadataJson.toExtendedJson(metadata).toString();
    }

    @Override
    public DocumentMetadata convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return MetadataJson.fromJson(stored);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "ai_metadata is not metadata JSON; read as no metadata: " + e.getMessage());
            return null;
        }
    }
}
