package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * {@link SearchIndex} on an embedded Lucene index in one folder (the default engine: nothing to install,
 * one server). Text is indexed with German and English stems, hits carry highlights from offsets stored in the
 * postings, facets come from sorted-set doc values. Single writes and deletes are visible to searches when
 * the call returns (a near-real-time reopen is waited for). Bulk writes are not: the next read reopens the
 * index first (and a background thread at least every second), so a rebuild is not cut into a segment per
 * batch, yet every read still sees every write made before it.
 * Deletes are committed at once; writes (single and bulk) at most every {@value #COMMIT_INTERVAL_MILLIS} ms and
 * on close, because a commit syncs every new file to disk and, once per document, cost the pipeline's
 * {@code index_document} step more than the indexing itself. After a crash the index may miss the writes of
 * the last seconds: the start-up reconciliation (document counts) and the periodic search sync add them again.
 *
 * <p>The index is opened lazily; one that cannot be read (corrupt, written by an incompatible Lucene) is
 * thrown away and recreated empty, since it is rebuilt from the database anyway. Another process holding the
 * index lock makes every call fail with {@link SearchEngineException} (the embedded engine serves one
 * server; replicas need Meilisearch).
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());

    /**
     * Version of what is indexed and how it is analysed, kept in every commit: an index of another version
     * (or of none, written before versions were kept) is emptied when opened, since its terms would not match
     * this version's queries; the start-up reconciliation then rebuilds it. Change it with the analysis or the
     * fields.
     */
    static final String FORMAT = "3";
    private static final String FORMAT_KEY = "docuelevate.format";
    static final long COMMIT_INTERVAL_MILLIS = 10_000;
    private static final int FACET_VALUES = 100;
    private static final int VISIBILITY_WAIT_MILLIS = 5_000;

    /** Text indexed with positions and offsets (phrases, highlighting without re-analysis). */
    private static final FieldType TEXT_WITH_OFFSETS;
    private static final FieldType STORED_TEXT_WITH_OFFSETS;

    static {
        TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        STORED_TEXT_WITH_OFFSETS = new FieldType(TEXT_WITH_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.setStored(true);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    private final Path folder;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Object lifecycle = new Object();

    private volatile Engine engine;
    private volatile FacetState facetState;
    private volatile boolean closed;
    private final AtomicBoolean unrefreshedBulkWrites = new AtomicBoolean();
    private long lastCommitNanos = System.nanoTime();

    /** The open writer, searcher manager and reopen thread. */
    private record Engine(Directory directory, IndexWriter writer, SearcherManager searchers,
                          ControlledRealTimeReopenThread<IndexSearcher> reopener) {
    }

    /** Facet ordinals of one reader (rebuilt when a refresh brings a new reader). */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public LuceneSearchIndex(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        facetsConfig.setMultiValued(LuceneFields.TAGS, true);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String engine() {
        return "lucene";
    }

    @Override
    public void index(SearchDocument document) {
        Engine e = opened();
        try {
            long sequence = e.writer().updateDocument(new Term(LuceneFields.ID, Long.toString(document.fileId())),
                    facetsConfig.build(toLucene(document)));
            commit(e, false);
            awaitVisible(e, sequence);
        } catch (IOException ex) {
            throw failure("cannot index document " + document.fileId(), ex);
        }
    }

    @Override
    public void indexAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Engine e = opened();
        try {
            for (SearchDocument document : documents) {
                e.writer().updateDocument(new Term(LuceneFields.ID, Long.toString(document.fileId())),
                        facetsConfig.build(toLucene(document)));
            }
            commit(e, false);
            unrefreshedBulkWrites.set(true);
        } catch (IOException ex) {
            throw failure("cannot index " + documents.size() + " documents", ex);
        }
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
        Engine e = opened();
        try {
            Term[] terms = fileIds.stream().map(id -> new Term(LuceneFields.ID, Long.toString(id))).toArray(Term[]::new);
            long sequence = e.writer().deleteDocuments(terms);
            commit(e, true);
            awaitVisible(e, sequence);
        } catch (IOException ex) {
            throw failure("cannot delete documents " + fileIds, ex);
        }
    }

    @Override
    public void clear() {
        Engine e = opened();
        try {
            long sequence = e.writer().deleteAll();
            commit(e, true);
            awaitVisible(e, sequence);
        } catch (IOException ex) {
            throw failure("cannot clear the index", ex);
        }
    }

    @Override
    public long count() {
        refreshAfterBulkWrites();
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public Set<Long> indexedFileIds() {
        refreshAfterBulkWrites();
        return withSearcher(searcher -> {
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
            return new SearchResults(List.of(), 0, emptyFacets());
        }
        Query filtered = withFilters(text, query);
        refreshAfterBulkWrites();
        return withSearcher(searcher -> {
            int wanted = Math.max(1, query.windowEnd());
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, filtered, wanted,
                    sortOf(query), true, new FacetsCollectorManager());
            FacetsCollector facets = result.facetsCollector();
            long total = facets.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
            ScoreDoc[] all = result.topDocs().scoreDocs;
            int from = (int) Math.min(all.length, query.offset());
            int to = query.withinWindow() ? Math.min(all.length, from + query.perPage()) : from;
            ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
            float maxScore = 0;
            for (ScoreDoc doc : all) {
                if (!Float.isNaN(doc.score)) {
                    maxScore = Math.max(maxScore, doc.score);
                }
            }
            return new SearchResults(hits(searcher, text, page, maxScore), total, facetCounts(searcher, facets));
        });
    }

    @Override
    public ComponentHealth health() {
        try {
            long documents = count();
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("engine", engine());
            facts.put("documents", documents);
            facts.put("folder", folder.toString());
            return ComponentHealth.ok(facts);
        } catch (SearchEngineException e) {
            return ComponentHealth.error(e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            Engine e = engine;
            engine = null;
            if (e == null) {
                return;
            }
            try {
                e.reopener().close();
                e.searchers().close();
                e.writer().close();
            } catch (IOException | RuntimeException ex) {
                LOG.log(Level.WARNING, "closing the search index in " + folder + " failed", ex);
            } finally {
                try {
                    e.directory().close();
                } catch (IOException ex) {
                    LOG.log(Level.FINE, "closing the index directory failed", ex);
                }
                analyzer.close();
            }
        }
    }

    private Engine opened() {
        Engine current = engine;
        if (current != null) {
            return current;
        }
        synchronized (lifecycle) {
            if (closed) {
                throw new SearchEngineException("the search index is closed");
            }
            if (engine == null) {
                engine = open();
            }
            return engine;
        }
    }

    private Engine open() {
        try {
            Files.createDirectories(folder);
            try {
                return openEngine();
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException e) {
                LOG.warning(() -> "the search index in " + folder + " cannot be read (" + e.getClass().getSimpleName()
                        + ": " + e.getMessage() + "); it is recreated empty and rebuilt from the database by the reindex job");
                wipe();
                return openEngine();
            }
        } catch (LockObtainFailedException e) {
            throw new SearchEngineException("the embedded search index in " + folder
                    + " is locked by another process; run one server per index or use Meilisearch", e);
        } catch (IOException e) {
            throw new SearchEngineException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Engine openEngine() throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setMergePolicy(fewSegments());
            writer = new IndexWriter(directory, config);
            emptyIfOtherFormat(writer);
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory());
            ControlledRealTimeReopenThread<IndexSearcher> reopener =
                    new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.01);
            reopener.setName("search-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
            return new Engine(directory, writer, searchers, reopener);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /**
     * Merges more eagerly than Lucene's defaults: every query looks its terms up once per segment, and at 100,000
     * documents the default policy's 20-odd segments made those look-ups an eighth of a search. About half as
     * many segments cost some merging while indexing, which runs far above the rate documents arrive.
     */
    private static TieredMergePolicy fewSegments() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setSegmentsPerTier(4);
        policy.setFloorSegmentMB(16);
        return policy;
    }

    private void emptyIfOtherFormat(IndexWriter writer) throws IOException {
        Map<String, String> commitData = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> commitData.put(entry.getKey(), entry.getValue()));
        }
        String found = commitData.get(FORMAT_KEY);
        if (FORMAT.equals(found)) {
            return;
        }
        int documents = writer.getDocStats().numDocs;
        if (documents > 0) {
            LOG.info(() -> "the search index in " + folder + " was written in format " + (found == null ? "1" : found)
                    + ", this version reads format " + FORMAT + ": its " + documents
                    + " documents are dropped and rebuilt from the database by the reindex job");
        }
        writer.deleteAll();
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private void commit(Engine e, boolean now) throws IOException {
        synchronized (lifecycle) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastCommitNanos);
            if (now || elapsed >= COMMIT_INTERVAL_MILLIS) {
                e.writer().commit();
                lastCommitNanos = System.nanoTime();
            }
        }
    }

    /** Makes the bulk writes so far visible to this read (they are otherwise visible within a second). */
    private void refreshAfterBulkWrites() {
        if (!unrefreshedBulkWrites.getAndSet(false)) {
            return;
        }
        try {
            opened().searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failure("cannot refresh the search index", e);
        }
    }

    private static void awaitVisible(Engine e, long sequence) {
        try {
            if (!e.reopener().waitForGeneration(sequence, VISIBILITY_WAIT_MILLIS)) {
                LOG.warning("a search index write took more than " + VISIBILITY_WAIT_MILLIS + " ms to become visible");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SearchEngineException("interrupted while waiting for the index to refresh", ex);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        Engine e = opened();
        IndexSearcher searcher;
        try {
            searcher = e.searchers().acquire();
        } catch (IOException | RuntimeException ex) {
            throw failure("cannot read the search index", ex);
        }
        try {
            return work.apply(searcher);
        } catch (IOException ex) {
            throw failure("cannot read the search index", ex);
        } finally {
            try {
                e.searchers().release(searcher);
            } catch (IOException ex) {
                LOG.log(Level.FINE, "releasing a searcher failed", ex);
            }
        }
    }

    private SearchEngineException failure(String what, Exception e) {
        if (e instanceof SearchEngineException engineFailure) {
            return engineFailure;
        }
        return new SearchEngineException(what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()), e);
    }

    private static Document toLucene(SearchDocument source) {
        Document doc = new Document();
        String id = Long.toString(source.fileId());
        doc.add(new StringField(LuceneFields.ID, id, Field.Store.YES));
        doc.add(new NumericDocValuesField(LuceneFields.DV_ID, source.fileId()));
        if (source.ownerId() != null) {
            doc.add(new StringField(LuceneFields.OWNER, source.ownerId(), Field.Store.NO));
        }
        doc.add(new StringField(LuceneFields.PRIVATE, Boolean.toString(source.privateDocument()), Field.Store.YES));

        text(doc, LuceneFields.TITLE, source.documentTitle(), true);
        text(doc, LuceneFields.FILENAME, source.originalFilename(), true);
        text(doc, LuceneFields.CONTENT, source.text(), true);
        List<String> meta = new ArrayList<>(source.tags());
        Stream.of(source.documentType(), source.sender(), source.recipient(), source.correspondent(),
                source.referenceNumber()).filter(value -> value != null && !value.isBlank()).forEach(meta::add);
        for (String value : meta) {
            text(doc, LuceneFields.META, value, false);
        }

        keyword(doc, LuceneFields.DOCUMENT_TYPE, source.documentType(), true);
        keyword(doc, LuceneFields.SENDER, source.sender(), true);
        keyword(doc, LuceneFields.LANGUAGE, source.language(), true);
        keyword(doc, LuceneFields.MIME_TYPE, source.mimeType(), true);
        stored(doc, LuceneFields.RECIPIENT, source.recipient());
        stored(doc, LuceneFields.CORRESPONDENT, source.correspondent());
        stored(doc, LuceneFields.REFERENCE_NUMBER, source.referenceNumber());
        for (String tag : source.tags()) {
            keyword(doc, LuceneFields.TAGS, tag, true);
        }

        long created = source.createdAt().getEpochSecond();
        doc.add(new StoredField(LuceneFields.CREATED_AT, created));
        doc.add(new LongPoint(LuceneFields.PT_CREATED_AT, created));
        doc.add(new NumericDocValuesField(LuceneFields.DV_CREATED_AT, created));
        doc.add(new StoredField(LuceneFields.FILE_SIZE, source.fileSize()));
        doc.add(new NumericDocValuesField(LuceneFields.DV_FILE_SIZE, source.fileSize()));
        doc.add(new StoredField(LuceneFields.TEXT_LENGTH, source.textLength()));
        doc.add(new IntPoint(LuceneFields.PT_TEXT_LENGTH, source.textLength()));
        if (source.confidenceScore() != null) {
            doc.add(new StoredField(LuceneFields.CONFIDENCE, source.confidenceScore()));
            doc.add(new NumericDocValuesField(LuceneFields.DV_CONFIDENCE, source.confidenceScore()));
        }

        facet(doc, LuceneFields.DOCUMENT_TYPE, source.documentType());
        facet(doc, LuceneFields.LANGUAGE, source.language());
        facet(doc, LuceneFields.MIME_TYPE, source.mimeType());
        facet(doc, LuceneFields.CORRESPONDENT, source.correspondent());
        for (String tag : source.tags()) {
            facet(doc, LuceneFields.TAGS, tag);
        }
        return doc;
    }

    /** A text field of German and English stems, stored when highlighted. */
    private static void text(Document doc, String field, String value, boolean stored) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new Field(field, value, stored ? STORED_TEXT_WITH_OFFSETS : TEXT_WITH_OFFSETS));
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(LuceneFields.keyword(field), normalize(value), Field.Store.NO));
        if (stored) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value.strip()));
        }
    }

    static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Query withFilters(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        query.visibility().owner().ifPresent(owner ->
                builder.add(new TermQuery(new Term(LuceneFields.OWNER, owner)), BooleanClause.Occur.FILTER));
        SearchQuery.Filters filters = query.filters();
        exact(builder, LuceneFields.MIME_TYPE, filters.mimeType());
        exact(builder, LuceneFields.DOCUMENT_TYPE, filters.documentType());
        exact(builder, LuceneFields.LANGUAGE, filters.language());
        exact(builder, LuceneFields.SENDER, filters.sender());
        for (String tag : filters.tags()) {
            exact(builder, LuceneFields.TAGS, tag);
        }
        if (filters.textQuality() != null) {
            int max = filters.textQuality().maxLengthExclusive() == Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : filters.textQuality().maxLengthExclusive() - 1;
            builder.add(IntPoint.newRangeQuery(LuceneFields.PT_TEXT_LENGTH, filters.textQuality().minLength(), max),
                    BooleanClause.Occur.FILTER);
        }
        if (filters.createdFrom() != null || filters.createdTo() != null) {
            long from = filters.createdFrom() == null ? Long.MIN_VALUE : filters.createdFrom().getEpochSecond();
            long to = filters.createdTo() == null ? Long.MAX_VALUE : filters.createdTo().getEpochSecond();
            builder.add(LongPoint.newRangeQuery(LuceneFields.PT_CREATED_AT, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static void exact(BooleanQuery.Builder builder, String field, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(new TermQuery(new Term(LuceneFields.keyword(field), normalize(value))), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort sortOf(SearchQuery query) {
        boolean descending = query.sortOrder() == SearchQuery.SortOrder.DESC;
        SortField newestFirst = new SortField(LuceneFields.DV_ID, SortField.Type.LONG, true);
        return switch (query.sortBy()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newestFirst);
            case CREATED_AT -> new Sort(new SortField(LuceneFields.DV_CREATED_AT, SortField.Type.LONG, descending),
                    SortField.FIELD_SCORE, newestFirst);
            case FILE_SIZE -> new Sort(new SortField(LuceneFields.DV_FILE_SIZE, SortField.Type.LONG, descending),
                    SortField.FIELD_SCORE, newestFirst);
            case CONFIDENCE_SCORE -> {
                SortField confidence = new SortField(LuceneFields.DV_CONFIDENCE, SortField.Type.LONG, descending);
                confidence.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield new Sort(confidence, SortField.FIELD_SCORE, newestFirst);
            }
        };
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page, float maxScore) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> storedHits = new HashMap<>();
        for (ScoreDoc hit : page) {
            storedHits.put(hit.doc, stored.document(hit.doc, LuceneFields.HIT_FIELDS));
        }
        String[] fields = LuceneFields.HIGHLIGHTED.keySet().toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        Map<String, String[]> highlights = new Highlighter(searcher, analyzer, storedHits)
                .highlightFields(fields, text, pageDocs, passages);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = storedHits.get(page[i].doc);
            Map<String, Object> formatted = new LinkedHashMap<>();
            for (String field : fields) {
                String value = highlights.get(field)[i];
                if (value != null) {
                    formatted.put(LuceneFields.HIGHLIGHTED.get(field), value);
                }
            }
            Number confidence = doc.getField(LuceneFields.CONFIDENCE) == null ? null
                    : doc.getField(LuceneFields.CONFIDENCE).numericValue();
            Double score = Float.isNaN(page[i].score) || maxScore <= 0 ? null
                    : Math.min(1.0, Math.round(page[i].score / maxScore * 10_000) / 10_000.0);
            hits.add(new SearchHit(Long.parseLong(doc.get(LuceneFields.ID)), doc.get(LuceneFields.FILENAME),
                    doc.get(LuceneFields.TITLE), doc.get(LuceneFields.DOCUMENT_TYPE),
                    Arrays.asList(doc.getValues(LuceneFields.TAGS)), doc.get(LuceneFields.SENDER),
                    doc.get(LuceneFields.RECIPIENT), doc.get(LuceneFields.CORRESPONDENT), doc.get(LuceneFields.LANGUAGE),
                    doc.get(LuceneFields.REFERENCE_NUMBER), doc.get(LuceneFields.MIME_TYPE),
                    doc.getField(LuceneFields.FILE_SIZE).numericValue().longValue(),
                    confidence == null ? null : confidence.intValue(),
                    doc.getField(LuceneFields.CREATED_AT).numericValue().longValue(),
                    doc.getField(LuceneFields.TEXT_LENGTH).numericValue().intValue(),
                    Boolean.parseBoolean(doc.get(LuceneFields.PRIVATE)), formatted, score));
        }
        return hits;
    }

    private Map<String, Map<String, Long>> facetCounts(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, Map<String, Long>> counts = emptyFacets();
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
                    .sorted(Comparator.comparing((LabelAndValue lv) -> lv.value.longValue()).reversed()
                            .thenComparing(lv -> lv.label))
                    .forEach(lv -> values.put(lv.label, lv.value.longValue()));
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
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

    private static Map<String, Map<String, Long>> emptyFacets() {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : LuceneFields.FACET_DIMENSIONS) {
            facets.put(dimension, new LinkedHashMap<>());
        }
        return facets;
    }
}
