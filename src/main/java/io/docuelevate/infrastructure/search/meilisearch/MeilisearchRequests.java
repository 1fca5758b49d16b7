package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.SearchRequest;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SearchQuery} as a Meilisearch search: its page, filters and order ({@link MeilisearchFilters}), the
 * facets, the stored fields a hit answers with, highlights between private marker characters (turned into
 * {@code <mark>} by {@link MeilisearchAnswers}) and every text chunk cropped around its first match.
 */
final class MeilisearchRequests {

    static final String PRE = "\u0001";
    static final String POST = "\u0002";
    /** Words kept around the first match of a text chunk (about 200 characters). */
    static final int CROP_WORDS = 30;

    static final List<String> RETRIEVED = List.of(
            "file_id",
            "original_filename",
            "document_title",
            "document_type",
            "tags",
            "sender",
            "recipient",
            "correspondent",
            "language",
            "reference_number",
            "mime_type",
            "file_size",
            "confidence_score",
            "created_at_ts",
            "ocr_text_length",
            "is_private");
    static final List<String> HIGHLIGHTED_FIELDS = List.of(
            "document_title", "original_filename", "tags", "sender", "recipient", "document_type", "correspondent");

    private MeilisearchRequests() {}

    static SearchRequest of(SearchQuery query) {
        List<String> chunks = TextChunks.attributes();
        List<String> highlighted = new ArrayList<>(HIGHLIGHTED_FIELDS);
        highlighted.addAll(chunks);
        return SearchRequest.builder()
                .q(query.text())
                .page(query.page())
                .hitsPerPage(query.perPage())
                .filter(MeilisearchFilters.of(query).toArray(String[]::new))
                .sort(MeilisearchFilters.sort(query)
                        .map(sort -> new String[] {sort})
                        .orElse(null))
                .facets(SearchResults.FACETS.toArray(String[]::new))
                .attributesToRetrieve(RETRIEVED.toArray(String[]::new))
                .attributesToHighlight(highlighted.toArray(String[]::new))
                .attributesToCrop(chunks.toArray(String[]::new))
                .cropLength(CROP_WORDS)
                .highlightPreTag(PRE)
                .highlightPostTag(POST)
                .showRankingScore(true)
                .build();
    }
}
