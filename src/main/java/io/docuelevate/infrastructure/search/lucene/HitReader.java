package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * One page of hits as {@link SearchHit}s: each hit's stored document is read once, for the answer and for
 * its highlights ({@link Highlighter}); the score is relative to the best one in the result window.
 */
final class HitReader {

    private final Analyzer analyzer;

    HitReader(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The hits {@code from} (inclusive) to {@code to} (exclusive) of {@code window}, highlighted for {@code text}. */
    List<SearchHit> read(IndexSearcher searcher, Query text, ScoreDoc[] window, int from, int to) throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(window, from, to);
        if (page.length == 0) {
            return List.of();
        }
        float maxScore = maxScore(window);
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> storedHits = new HashMap<>();
        for (ScoreDoc hit : page) {
            storedHits.put(hit.doc, stored.document(hit.doc, LuceneFields.HIT_FIELDS));
        }
        String[] fields = LuceneFields.HIGHLIGHTED.keySet().toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        Map<String, String[]> highlights =
                new Highlighter(searcher, analyzer, storedHits).highlightFields(fields, text, pageDocs, passages);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Map<String, Object> formatted = new LinkedHashMap<>();
            for (String field : fields) {
                String value = highlights.get(field)[i];
                if (value != null) {
                    formatted.put(LuceneFields.HIGHLIGHTED.get(field), value);
                }
            }
            Double score = Float.isNaN(page[i].score) || maxScore <= 0
                    ? null
                    : Math.min(1.0, Math.round(page[i].score / maxScore * 10_000) / 10_000.0);
            hits.add(hit(storedHits.get(page[i].doc), formatted, score));
        }
        return hits;
    }

    private static float maxScore(ScoreDoc[] window) {
        float maxScore = 0;
        for (ScoreDoc doc : window) {
            if (!Float.isNaN(doc.score)) {
                maxScore = Math.max(maxScore, doc.score);
            }
        }
        return maxScore;
    }

    private static SearchHit hit(Document doc, Map<String, Object> formatted, Double score) {
        Number confidence = doc.getField(LuceneFields.CONFIDENCE) == null
                ? null
                : doc.getField(LuceneFields.CONFIDENCE).numericValue();
        return new SearchHit(
                Long.parseLong(doc.get(LuceneFields.ID)),
                doc.get(LuceneFields.FILENAME),
                doc.get(LuceneFields.TITLE),
                doc.get(LuceneFields.DOCUMENT_TYPE),
                Arrays.asList(doc.getValues(LuceneFields.TAGS)),
                doc.get(LuceneFields.SENDER),
                doc.get(LuceneFields.RECIPIENT),
                doc.get(LuceneFields.CORRESPONDENT),
                doc.get(LuceneFields.LANGUAGE),
                doc.get(LuceneFields.REFERENCE_NUMBER),
                doc.get(LuceneFields.MIME_TYPE),
                doc.getField(LuceneFields.FILE_SIZE).numericValue().longValue(),
                confidence == null ? null : confidence.intValue(),
                doc.getField(LuceneFields.CREATED_AT).numericValue().longValue(),
                doc.getField(LuceneFields.TEXT_LENGTH).numericValue().intValue(),
                Boolean.parseBoolean(doc.get(LuceneFields.PRIVATE)),
                formatted,
                score);
    }
}
