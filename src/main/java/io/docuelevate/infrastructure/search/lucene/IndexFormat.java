package io.docuelevate.infrastructure.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;

/**
 * Version of what is indexed and how it is analysed, kept in every commit: an index of another version (or of
 * none, written before versions were kept) is emptied when opened, since its terms would not match this
 * version's queries; the start-up reconciliation then rebuilds it. Change {@link #VERSION} with the analysis
 * ({@link SearchAnalyzer}) or the fields ({@link DocumentMapper}).
 */
final class IndexFormat {

    private static final Logger LOG = Logger.getLogger(IndexFormat.class.getName());

    static final String VERSION = "3";
    private static final String KEY = "docuelevate.format";

    private IndexFormat() {}

    /** Empties the index behind {@code writer} unless its last commit was written in {@link #VERSION}. */
    static void emptyIfOther(IndexWriter writer, Path folder) throws IOException {
        Map<String, String> commitData = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> commitData.put(entry.getKey(), entry.getValue()));
        }
        String found = commitData.get(KEY);
        if (VERSION.equals(found)) {
            return;
        }
        int documents = writer.getDocStats().numDocs;
        if (documents > 0) {
            LOG.info(() -> "the search index in " + folder + " was written in format " + (found == null ? "1" : found)
                    + ", this version reads format " + VERSION + ": its " + documents
                    + " documents are dropped and rebuilt from the database by the reindex job");
        }
        writer.deleteAll();
        writer.setLiveCommitData(Map.of(KEY, VERSION).entrySet());
        writer.commit();
    }
}
