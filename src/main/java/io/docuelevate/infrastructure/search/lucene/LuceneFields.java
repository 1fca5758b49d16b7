package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchResults;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Field names of the embedded index. Text fields hold German and English stems ({@link SearchAnalyzer});
 * {@code kw.*} are lower-cased exact values for filters, {@code pt.*} points for ranges,
 * {@code dv.*} doc values for sorting. Stored fields carry the reference's names so hits read like
 * Meilisearch documents.
 */
final class LuceneFields {

    static final String ID = "file_id";
    static final String OWNER = "owner_id";
    static final String PRIVATE = "is_private";

    static final String TITLE = "title";
    static final String FILENAME = "filename";
    static final String META = "meta";
    static final String CONTENT = "content";

    static final String DOCUMENT_TYPE = "document_type";
    static final String TAGS = "tags";
    static final String SENDER = "sender";
    static final String RECIPIENT = "recipient";
    static final String CORRESPONDENT = "correspondent";
    static final String LANGUAGE = "language";
    static final String REFERENCE_NUMBER = "reference_number";
    static final String MIME_TYPE = "mime_type";
    static final String FILE_SIZE = "file_size";
    static final String CONFIDENCE = "confidence_score";
    static final String CREATED_AT = "created_at_ts";
    static final String TEXT_LENGTH = "ocr_text_length";

    static final String KW_PREFIX = "kw.";
    static final String PT_CREATED_AT = "pt.created_at";
    static final String PT_TEXT_LENGTH = "pt.text_length";
    static final String DV_ID = "dv.file_id";
    static final String DV_CREATED_AT = "dv.created_at";
    static final String DV_FILE_SIZE = "dv.file_size";
    static final String DV_CONFIDENCE = "dv.confidence";

    /** Searched text fields and their weight: a match in the title counts more than one deep in the text. */
    static final Map<String, Float> SEARCHED = Map.of(TITLE, 3f, FILENAME, 2f, META, 2f, CONTENT, 1f);

    /** Highlighted fields (stored under the same name) and the answer's name for each. */
    static final Map<String, String> HIGHLIGHTED =
            Map.of(TITLE, "document_title", FILENAME, "original_filename", CONTENT, "ocr_text");

    /** Stored fields read once per hit, for the answer and for highlighting (so the text too). */
    static final Set<String> HIT_FIELDS = Set.of(
            ID,
            TITLE,
            FILENAME,
            CONTENT,
            DOCUMENT_TYPE,
            TAGS,
            SENDER,
            RECIPIENT,
            CORRESPONDENT,
            LANGUAGE,
            REFERENCE_NUMBER,
            MIME_TYPE,
            FILE_SIZE,
            CONFIDENCE,
            CREATED_AT,
            TEXT_LENGTH,
            PRIVATE);

    static final List<String> FACET_DIMENSIONS = SearchResults.FACETS;

    private LuceneFields() {}

    static String keyword(String field) {
        return KW_PREFIX + field;
    }

    /** A value as a {@code kw.*} field holds it, and as a filter looks it up: stripped and lower-cased. */
    static String keywordValue(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
