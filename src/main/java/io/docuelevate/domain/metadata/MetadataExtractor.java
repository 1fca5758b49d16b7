package io.docuelevate.domain.metadata;

/**
 * Port: turns a document's text into DocuElevate's 13-field metadata (step
 * {@code extract_metadata_with_gpt}, reference spec §2.6), whatever the engine: the offline rule-based
 * one, an OpenAI-compatible chat model, or the AI with the offline one as fallback.
 */
public interface MetadataExtractor {

    /**
     * @param text             the document's text (embedded text layer or OCR), possibly long
     * @param originalFilename the name the document was uploaded with (a hint only; may be {@code null})
     * @throws MetadataExtractionException the engine failed or answered garbage (the message says which)
     */
    DocumentMetadata extract(String text, String originalFilename) throws MetadataExtractionException;
}
