package io.docuelevate.infrastructure.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The {@code year} facet: matches per creation year (UTC), newest year first, read from the creation time's
 * doc values of the matches a search collected, so it needs no field of its own in the index.
 */
final class YearCounter {

    private YearCounter() {}

    static Map<String, Long> count(FacetsCollector collector) throws IOException {
        Map<Integer, Long> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
            if (matching.bits == null) {
                continue;
            }
            NumericDocValues created = DocValues.getNumeric(matching.context.reader(), LuceneFields.DV_CREATED_AT);
            DocIdSetIterator docs = matching.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (created.advanceExact(doc)) {
                    int year = Instant.ofEpochSecond(created.longValue())
                            .atOffset(ZoneOffset.UTC)
                            .getYear();
                    byYear.merge(year, 1L, Long::sum);
                }
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        byYear.forEach((year, count) -> counts.put(Integer.toString(year), count));
        return counts;
    }
}
