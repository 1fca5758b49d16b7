package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

/**
 * {@link SearchIndex} on an embedded Lucene index in one folder (the default engine: nothing to install,
 * one server). Text is indexed with German and English stems ({@link SearchAnalyzer}, {@link DocumentMapper}),
 * hits carry highlights from offsets stored in the postings ({@link HitReader}), facets come from sorted-set
 * doc values ({@link FacetCounter}). Single writes and deletes are visible to searches when the call returns;
 * bulk writes before the next read ({@link IndexHandle}, which also keeps the commit cadence). After a crash
 * the index may miss the writes of the last seconds: the start-up reconciliation (document counts) and the
 * periodic search sync add them again.
 *
 * <p>The index is opened lazily; one that cannot be read is recreated empty, since it is rebuilt from the
 * database anyway. Another process holding the index lock makes every call fail with
 * {@link SearchEngineException} (the embedded engine serves one server; replicas need Meilisearch).
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final DocumentMapper mapper = new DocumentMapper();
    private final FacetCounter facets = new FacetCounter(mapper.facetsConfig());
    private final HitReader hits = new HitReader(analyzer);
    private final IndexHandle handle;

    public LuceneSearchIndex(Path folder) {
        this.handle = new IndexHandle(folder.toAbsolutePath().normalize(), analyzer);
    }

    public Path folder() {
        return handle.folder();
    }

    @Override
    public String engine() {
        return "lucene";
    }

    @Override
    public void index(SearchDocument document) {
        handle.writeVisible(
                "cannot index document " + document.fileId(),
                writer -> writer.updateDocument(DocumentMapper.idTerm(document.fileId()), mapper.toLucene(document)));
    }

    @Override
    public void indexAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        handle.writeBulk("cannot index " + documents.size() + " documents", writer -> {
            long sequence = 0;
            for (SearchDocument document : documents) {
                sequence = writer.updateDocument(DocumentMapper.idTerm(document.fileId()), mapper.toLucene(document));
            }
            return sequence;
        });
    }

    @Override
    public void delete(long fileId) {
        deleteAll(List.of(fileId));
    }

    @Override
    public void deleteAll(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        Term[] terms = fileIds.stream().map(DocumentMapper::idTerm).toArray(Term[]::new);
        handle.writeCommitted("cannot delete documents " + fileIds, writer -> writer.deleteDocuments(terms));
    }

    @Override
    public void clear() {
        handle.writeCommitted("cannot clear the index", writer -> writer.deleteAll());
    }

    @Override
    public long count() {
        return handle.read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public Set<Long> indexedFileIds() {
        return handle.read(searcher -> {
            Set<Long> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(LuceneFields.DV_ID);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.longValue());
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query text = UserQuery.parse(query.text(), analyzer);
        if (text == null) {
            return new SearchResults(List.of(), 0, FacetCounter.empty());
        }
        Query filtered = LuceneQueries.filtered(text, query);
        return handle.read(searcher -> {
            int wanted = Math.max(1, query.windowEnd());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                    searcher, filtered, wanted, LuceneQueries.sort(query), true, new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = collector.getMatchingDocs().stream()
                    .mapToLong(docs -> docs.totalHits)
                    .sum();
            ScoreDoc[] window = result.topDocs().scoreDocs;
            int from = (int) Math.min(window.length, query.offset());
            int to = query.withinWindow() ? Math.min(window.length, from + query.perPage()) : from;
            Map<String, Map<String, Long>> counts = facets.count(searcher.getIndexReader(), collector);
            counts.put(SearchResults.YEAR_FACET, YearCounter.count(collector));
            return new SearchResults(hits.read(searcher, text, window, from, to), total, counts);
        });
    }

    @Override
    public ComponentHealth health() {
        try {
            long documents = count();
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("engine", engine());
            facts.put("documents", documents);
            facts.put("folder", folder().toString());
            return ComponentHealth.ok(facts);
        } catch (SearchEngineException e) {
            return ComponentHealth.error(e.getMessage());
        }
    }

    /** Commits and closes the index; later calls fail. */
    @Override
    public void close() {
        handle.close();
    }
}
