package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchResults;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Facet counts of a search's matches from sorted-set doc values: every dimension of
 * {@link LuceneFields#FACET_DIMENSIONS}, most frequent value first (ties by value). The ordinals of a reader
 * are built once and kept until a refresh brings a new reader.
 */
final class FacetCounter {

    private static final int FACET_VALUES = 100;

    /** Facet ordinals of one reader (rebuilt when a refresh brings a new reader). */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private final FacetsConfig facetsConfig;
    private volatile FacetState facetState;

    FacetCounter(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** Every facet dimension with no values (what a search that finds nothing answers). */
    static Map<String, Map<String, Long>> empty() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : LuceneFields.FACET_DIMENSIONS) {
            facets.put(dimension, new LinkedHashMap<>());
        }
        facets.put(SearchResults.YEAR_FACET, new LinkedHashMap<>());
        return facets;
    }

    /** The counts of the matches {@code collector} gathered on {@code reader}. */
    Map<String, Map<String, Long>> count(IndexReader reader, FacetsCollector collector) throws IOException {
        SortedSetDocValuesReaderState state = stateOf(reader);
        Map<String, Map<String, Long>> counts = empty();
        if (state == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        Set<String> indexedDimensions = new HashSet<>();
        state.getDims().forEach(indexedDimensions::add);
        for (String dimension : LuceneFields.FACET_DIMENSIONS) {
            if (!indexedDimensions.contains(dimension)) {
                continue;
            }
            FacetResult result = facets.getTopChildren(FACET_VALUES, dimension);
            if (result == null) {
                continue;
            }
            Map<String, Long> values = counts.get(dimension);
            Arrays.stream(result.labelValues)
                    .sorted(Comparator.comparing((LabelAndValue lv) -> lv.value.longValue())
                            .reversed()
                            .thenComparing(lv -> lv.label))
                    .forEach(lv -> values.put(lv.label, lv.value.longValue()));
        }
        return counts;
    }

    private SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }
}
