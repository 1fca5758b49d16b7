package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/search}: the reference's {@code {results, total, page, pages, query, sort_by, sort_order}}
 * plus {@code facets: {field: {value: count}}}. Each result has the indexed fields (never the raw text),
 * {@code _formatted} with the same fields and matches in {@code <mark>} ({@code ocr_text} cropped to about
 * 200 characters) and {@code ranking_score}.
 */
public record SearchResultsDto(
        List<Hit> results,
        long total,
        int page,
        int pages,
        String query,
        String sortBy,
        String sortOrder,
        Map<String, Map<String, Long>> facets) {

    public static SearchResultsDto from(SearchResults results, SearchQuery query) {
        int pages = (int) ((results.total() + query.perPage() - 1) / query.perPage());
        return new SearchResultsDto(
                results.hits().stream().map(Hit::from).toList(),
                results.total(),
                query.page(),
                pages,
                query.text(),
                query.sortBy().parameter(),
                query.sortOrder().parameter(),
                results.facets());
    }

    /** One matching document. */
    public record Hit(
            long fileId,
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
            long createdAtTs,
            int ocrTextLength,
            boolean isPrivate,
            @JsonbProperty("_formatted") Formatted formatted,
            Double rankingScore) {

        static Hit from(SearchHit hit) {
            return new Hit(
                    hit.fileId(),
                    hit.originalFilename(),
                    hit.documentTitle(),
                    hit.documentType(),
                    hit.tags(),
                    hit.sender(),
                    hit.recipient(),
                    hit.correspondent(),
                    hit.language(),
                    hit.referenceNumber(),
                    hit.mimeType(),
                    hit.fileSize(),
                    hit.confidenceScore(),
                    hit.createdAtTs(),
                    hit.ocrTextLength(),
                    hit.privateDocument(),
                    Formatted.from(hit),
                    hit.rankingScore());
        }
    }

    /**
     * The hit's fields with matches marked, plus {@code ocr_text}: the text cropped around the first match
     * (absent when the text did not match).
     */
    public record Formatted(
            long fileId,
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
            long createdAtTs,
            int ocrTextLength,
            boolean isPrivate,
            @JsonbNillable(false) String ocrText) {

        static Formatted from(SearchHit hit) {
            Map<String, Object> marked = hit.formatted();
            return new Formatted(
                    hit.fileId(),
                    text(marked, "original_filename", hit.originalFilename()),
                    text(marked, "document_title", hit.documentTitle()),
                    text(marked, "document_type", hit.documentType()),
                    texts(marked, "tags", hit.tags()),
                    text(marked, "sender", hit.sender()),
                    text(marked, "recipient", hit.recipient()),
                    text(marked, "correspondent", hit.correspondent()),
                    hit.language(),
                    hit.referenceNumber(),
                    hit.mimeType(),
                    hit.fileSize(),
                    hit.confidenceScore(),
                    hit.createdAtTs(),
                    hit.ocrTextLength(),
                    hit.privateDocument(),
                    text(marked, "ocr_text", null));
        }

        private static String text(Map<String, Object> marked, String field, String plain) {
            return marked.get(field) instanceof String value ? value : plain;
        }

        private static List<String> texts(Map<String, Object> marked, String field, List<String> plain) {
            if (marked.get(field) instanceof List<?> values) {
                return values.stream().map(String::valueOf).toList();
            }
            return plain;
        }
    }
}
