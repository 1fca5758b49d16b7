package io.docuelevate.domain.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, the number of matching documents over all pages, and per facet
 * ({@link #FACETS}) the matching documents per value, most frequent first.
 */
public record SearchResults(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets) {

    /** Facets every search answers, with the reference's field names. */
    public static final List<String> FACETS =
            List.of("document_type", "language", "tags", "mime_type", "correspondent");

    /**
     * Facet of the creation year (UTC) of the matches, {@code {"2026": 12, ...}} newest year first, answered by
     * engines that can count it (the embedded index); narrowed with the {@code createdFrom}/{@code createdTo}
     * filters of that year.
     */
    public static final String YEAR_FACET = "year";

    public SearchResults {
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> copy.put(facet, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }
}
