package io.docuelevate.infrastructure.search.meilisearch;

import io.docuelevate.domain.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query's visibility and filters as Meilisearch filter expressions (an array: all must hold) and its order
 * as a sort expression. String values are always quoted and escaped, so no value can change the expression.
 */
final class MeilisearchFilters {

    private MeilisearchFilters() {}

    static List<String> of(SearchQuery query) {
        List<String> expressions = new ArrayList<>();
        query.visibility().owner().ifPresent(owner -> expressions.add(equalsExpression("owner_id", owner)));
        SearchQuery.Filters filters = query.filters();
        addEquals(expressions, "mime_type", filters.mimeType());
        addEquals(expressions, "document_type", filters.documentType());
        addEquals(expressions, "language", filters.language());
        addEquals(expressions, "sender", filters.sender());
        addEquals(expressions, "correspondent", filters.correspondent());
        for (String tag : filters.tags()) {
            addEquals(expressions, "tags", tag);
        }
        if (filters.textQuality() != null) {
            expressions.add("ocr_text_length >= " + filters.textQuality().minLength());
            if (filters.textQuality().maxLengthExclusive() != Integer.MAX_VALUE) {
                expressions.add("ocr_text_length < " + filters.textQuality().maxLengthExclusive());
            }
        }
        if (filters.createdFrom() != null) {
            expressions.add("created_at_ts >= " + filters.createdFrom().getEpochSecond());
        }
        if (filters.createdTo() != null) {
            expressions.add("created_at_ts <= " + filters.createdTo().getEpochSecond());
        }
        return expressions;
    }

    static Optional<String> sort(SearchQuery query) {
        String direction = query.sortOrder() == SearchQuery.SortOrder.ASC ? ":asc" : ":desc";
        return switch (query.sortBy()) {
            case RELEVANCE -> Optional.empty();
            case CREATED_AT -> Optional.of("created_at_ts" + direction);
            case FILE_SIZE -> Optional.of("file_size" + direction);
            case CONFIDENCE_SCORE -> Optional.of("confidence_score" + direction);
        };
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void addEquals(List<String> expressions, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            expressions.add(equalsExpression(attribute, value.strip()));
        }
    }

    private static String equalsExpression(String attribute, String value) {
        return attribute + " = " + quote(value);
    }
}
