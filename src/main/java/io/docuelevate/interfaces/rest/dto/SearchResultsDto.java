package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search}: the reference's {@code {results, total, page, pages, query, sort_by, sort_order}}
 * plus {@code facets: {field: {value: count}}}. Each result has the indexed fields (never the raw text),
 * {@code _formatted} with the same fields and matches in {@code <mark>} ({@code ocr_text} cropped to about
 * 200 characters) and {@code ranking_score}.
 */
public record SearchResultsDto(List<Map<String, Object>> results, long total, int page, int pages, String query,
                               String sortBy, String sortOrder, Map<String, Map<String, Long>> facets) {

    public static SearchResultsDto from(SearchResults results, SearchQuery query) {
        int pages = (int) ((results.total() + query.perPage() - 1) / query.perPage());
        return new SearchResultsDto(results.hits().stream().map(SearchResultsDto::hit).toList(), results.total(),
                query.page(), pages, query.text(), query.sortBy().parameter(), query.sortOrder().parameter(),
                results.facets());
    }

    static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file_id", hit.fileId());
        fields.put("original_filename", hit.originalFilename());
        fields.put("document_title", hit.documentTitle());
        fields.put("document_type", hit.documentType());
        fields.put("tags", hit.tags());
        fields.put("sender", hit.sender());
        fields.put("recipient", hit.recipient());
        fields.put("correspondent", hit.correspondent());
        fields.put("language", hit.language());
        fields.put("reference_number", hit.referenceNumber());
        fields.put("mime_type", hit.mimeType());
        fields.put("file_size", hit.fileSize());
        fields.put("confidence_score", hit.confidenceScore());
        fields.put("created_at_ts", hit.createdAtTs());
        fields.put("ocr_text_length", hit.ocrTextLength());
        fields.put("is_private", hit.privateDocument());
        Map<String, Object> formatted = new LinkedHashMap<>(fields);
        formatted.putAll(hit.formatted());
        Map<String, Object> result = new LinkedHashMap<>(fields);
        result.put("_formatted", formatted);
        result.put("ranking_score", hit.rankingScore());
        return result;
    }
}
