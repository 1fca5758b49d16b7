package io.docuelevate.infrastructure.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title, the file name and the text of hits with the matches of both stems, read from the
 * offsets stored in the postings, so nothing is analysed again at query time. Each
 * field is one passage (no sentence detection, which dominated the cost on long texts with many matches);
 * the text snippet is cropped around its first match by {@link MarkFormatter}. The highlighted values come
 * from the hits' stored documents the caller has already read: reading a stored document decompresses its
 * whole block, so reading it a second time here cost as much as the first.
 */
final class Highlighter extends UnifiedHighlighter {

    /** Length of the text snippet in characters (the reference crops {@code ocr_text} to about 200). */
    static final int SNIPPET_CHARS = 200;

    private static final PassageFormatter WHOLE = new MarkFormatter(0);
    private static final PassageFormatter CROPPED = new MarkFormatter(SNIPPET_CHARS);

    private final Map<Integer, Document> storedHits;

    /** A highlighter for the hits in {@code storedHits} (by document number), read with the highlighted fields. */
    Highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> storedHits) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false));
        this.storedHits = storedHits;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document stored = storedHits.get(doc);
            CharSequence[] fieldValues = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String value = stored == null ? null : stored.get(fields[i]);
                fieldValues[i] = value == null ? "" : value;
            }
            values.add(fieldValues);
        }
        return values;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return new WholeBreakIterator();
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return LuceneFields.CONTENT.equals(field) ? CROPPED : WHOLE;
    }
}
