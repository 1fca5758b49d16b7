package io.docuelevate.infrastructure.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
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
        Year current = null;
        long run = 0;
        for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
            if (matching.bits == null) {
                continue;
            }
            NumericDocValues created = DocValues.getNumeric(matching.context.reader(), LuceneFields.DV_CREATED_AT);
            DocIdSetIterator docs = matching.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!created.advanceExact(doc)) {
                    continue;
                }
                long seconds = created.longValue();
                if (current == null || !current.holds(seconds)) {
                    if (run > 0) {
                        byYear.merge(current.year(), run, Long::sum);
                    }
                    current = Year.of(seconds);
                    run = 0;
                }
                run++;
            }
        }
        if (run > 0) {
            byYear.merge(current.year(), run, Long::sum);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        byYear.forEach((year, count) -> counts.put(Integer.toString(year), count));
        return counts;
    }

    /** One UTC year as a range of Unix seconds, so most matches are counted without a date calculation. */
    private record Year(int year, long fromSecond, long toSecond) {

        static Year of(long seconds) {
            int year = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).getYear();
            return new Year(year, startOf(year), startOf(year + 1));
        }

        private static long startOf(int year) {
            return LocalDate.of(year, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }

        boolean holds(long seconds) {
            return seconds >= fromSecond && seconds < toSecond;
        }
    }
}
