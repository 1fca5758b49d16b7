package io.docuelevate.domain.search;

import io.docuelevate.domain.document.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the search index holds of one document: the reference's Meilisearch document fields (spec §2.7
 * step 5) plus the owner, so every query can be restricted to what the caller may see. Built from the
 * {@code files} row and its metadata; the text is the document's full OCR or extracted text.
 *
 * @param confidenceScore the metadata's confidence 0–100, {@code null} when unknown
 * @param language        ISO 639-1 code from the metadata or the detected language, {@code null} when unknown
 */
public record SearchDocument(
        long fileId,
        String ownerId,
        boolean privateDocument,
        String originalFilename,
        String documentTitle,
        String documentType,
        List<String> tags,
        String sender,
        String recipient,
        String correspondent,
        String language,
        String referenceNumber,
        String mimeType,
        long fileSize,
        Integer confidenceScore,
        Instant createdAt,
        String text) {

    /** Control characters other than tab and line breaks never reach an engine (they break highlighting markers). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    public SearchDocument {
        Objects.requireNonNull(createdAt, "createdAt is required");
        tags = tags == null ? List.of() : List.copyOf(tags);
        text = text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
    }

    /** Length of the text in characters, the reference's {@code ocr_text_length} (for the text quality filter). */
    public int textLength() {
        return text.length();
    }

    /**
     * The metadata fields the index uses, read from {@code ai_metadata} (the 13-field contract). Everything is
     * optional: a document without metadata is indexed with its file name, title and text only.
     */
    public record Metadata(
            String title,
            String documentType,
            String kommunikationsart,
            List<String> tags,
            String absender,
            String empfaenger,
            String correspondent,
            String language,
            String referenceNumber,
            Integer confidenceScore) {

        public static final Metadata NONE =
                new Metadata(null, null, null, List.of(), null, null, null, null, null, null);

        public Metadata {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /**
     * The index entry of a document: title falls back to the metadata title and then the file name, the
     * document type to {@code kommunikationsart}, the language to the detected language; tags are trimmed and
     * de-duplicated case-insensitively.
     */
    public static SearchDocument from(Document document, Metadata metadata) {
        Metadata m = metadata == null ? Metadata.NONE : metadata;
        String title = firstPresent(document.getDocumentTitle(), m.title(), document.getOriginalFilename());
        String language = firstPresent(m.language(), document.getDetectedLanguage());
        return new SearchDocument(
                document.getId(),
                blankToNull(document.getOwnerId()),
                document.isPrivateDocument(),
                document.getOriginalFilename(),
                title,
                firstPresent(m.documentType(), m.kommunikationsart()),
                distinctTags(m.tags()),
                blankToNull(m.absender()),
                blankToNull(m.empfaenger()),
                blankToNull(m.correspondent()),
                language == null ? null : language.toLowerCase(Locale.ROOT),
                blankToNull(m.referenceNumber()),
                document.getMimeType(),
                document.getFileSize(),
                m.confidenceScore(),
                document.getCreatedAt().toInstant(),
                document.getOcrText());
    }

    private static List<String> distinctTags(List<String> tags) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            String trimmed = tag == null ? "" : tag.strip();
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                result.add(trimmed);
            }
        }
        return result;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
