package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.infrastructure.search.Snippets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage of a field: matches in {@code <mark>}, HTML escaped, cropped to about
 * {@code maxChars} around the first match ({@code maxChars} ≤ 0: the whole passage, for titles and names).
 */
final class MarkFormatter extends PassageFormatter {

    private final int maxChars;

    MarkFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        List<Snippets.Match> matches = new ArrayList<>(passage.getNumMatches());
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            matches.add(new Snippets.Match(starts[i], ends[i]));
        }
        if (maxChars <= 0) {
            return Snippets.mark(content, matches);
        }
        return Snippets.crop(content, passage.getStartOffset(), passage.getEndOffset(), matches, maxChars);
    }
}
