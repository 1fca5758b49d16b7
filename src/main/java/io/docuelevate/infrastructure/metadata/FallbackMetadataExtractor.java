package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.MetadataExtractionException;
import io.docuelevate.domain.metadata.MetadataExtractor;
import java.util.logging.Logger;

/**
 * Uses the AI and, when it fails or answers garbage, the offline engine, so a document always gets
 * metadata. Why the AI was not used is kept in {@link DocumentMetadata.Extraction#fallbackReason()} (and
 * logged) for the processing history. Only when the fallback fails too does extraction fail.
 */
public class FallbackMetadataExtractor implements MetadataExtractor {

    private static final Logger LOG = Logger.getLogger(FallbackMetadataExtractor.class.getName());

    private final MetadataExtractor primary;
    private final MetadataExtractor fallback;

    public FallbackMetadataExtractor(MetadataExtractor primary, MetadataExtractor fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    public MetadataExtractor primary() {
        return primary;
    }

    @Override
    public DocumentMetadata extract(String text, String originalFilename) throws MetadataExtractionException {
        String reason;
        try {
            return primary.extract(text, originalFilename);
        } catch (MetadataExtractionException e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            reason = "AI extraction failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        String why = reason;
        LOG.warning(() -> "AI metadata extraction failed, using the offline extractor: " + why);
        DocumentMetadata metadata = fallback.extract(text, originalFilename);
        return metadata.withExtraction(metadata.extraction().withFallbackReason(why));
    }
}
