package io.docuelevate.application.search;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentChanged;
import io.docuelevate.domain.document.DocumentDeleted;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps the search index in step with the database. A document belongs in the index when it is not a
 * duplicate row and has text; {@link #indexDocument(long)} is the pipeline's {@code index_document} step,
 * deletes follow {@link DocumentDeleted}, corrections {@link DocumentChanged}, {@link #sync()} adds what an
 * unavailable engine missed, and the {@code reindex} job rebuilds everything from the pieces
 * below ({@link #indexableIdsAfter}, {@link #document}, {@link #write}, {@link #prune}). No database
 * transaction is held while the engine works.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    private static final int SYNC_BATCH = 200;

    @Inject
    SearchIndex index;

    @Inject
    DocumentRepository documents;

    @Inject
    SearchSource source;

    @Inject
    SearchOptions settings;

    /**
     * What {@link #indexDocument(long)} did: {@code indexed} true when the document is now searchable; false
     * when there was nothing to index (deleted meanwhile, a duplicate row, no text, search disabled), with the
     * reason in {@code message}.
     */
    public record IndexOutcome(boolean indexed, String message) {}

    /**
     * Indexes (or re-indexes) one document from its current database row. A document without text is
     * removed from the index instead. Engine failures throw {@link SearchEngineException}: the step fails and
     * is retried like any transient error.
     */
    public IndexOutcome indexDocument(long fileId) {
        if (!settings.enabled()) {
            return new IndexOutcome(false, "Search is disabled (ENABLE_SEARCH=false)");
        }
        Optional<Document> row = documents.find(fileId);
        if (row.isEmpty()) {
            return new IndexOutcome(false, "Document " + fileId + " no longer exists");
        }
        if (row.get().isDuplicate()) {
            return new IndexOutcome(false, "Duplicate rows are not indexed");
        }
        Optional<SearchDocument> document = indexable(row.get());
        if (document.isEmpty()) {
            index.delete(fileId);
            return new IndexOutcome(false, "No text to index");
        }
        index.index(document.get());
        return new IndexOutcome(
                true, "Indexed " + document.get().textLength() + " characters (" + index.engine() + ")");
    }

    /** Removes a deleted document from the index; a failure is logged (searches re-check the database anyway). */
    void onDocumentDeleted(@Observes DocumentDeleted event) {
        if (!settings.enabled()) {
            return;
        }
        try {
            index.delete(event.fileId());
        } catch (SearchEngineException e) {
            LOG.warning(() -> "document " + event.fileId() + " deleted but still in the search index until the next"
                    + " reindex: " + e.getMessage());
        }
    }

    /** Re-indexes a document whose searchable content changed (corrected metadata); a failure is logged. */
    void onDocumentChanged(@Observes DocumentChanged event) {
        try {
            indexDocument(event.fileId());
        } catch (SearchEngineException e) {
            LOG.warning(() -> "document " + event.fileId() + " changed but its index entry is old until the next"
                    + " reindex: " + e.getMessage());
        }
    }

    /** What {@link #sync()} changed. */
    public record SyncResult(int added, int removed) {}

    /**
     * Adds indexable documents the index lacks (their {@code index_document} step met an unavailable engine)
     * and removes entries of documents that are gone, in batches of {@value #SYNC_BATCH}: the reference's
     * periodic {@code sync_search_index}, without rewriting what is already there.
     */
    public SyncResult sync() {
        if (!settings.enabled()) {
            return new SyncResult(0, 0);
        }
        Set<Long> indexed = index.indexedFileIds();
        Set<Long> indexable = source.indexableIds();
        List<Long> missing =
                indexable.stream().filter(id -> !indexed.contains(id)).sorted().toList();
        int added = 0;
        for (int from = 0; from < missing.size(); from += SYNC_BATCH) {
            List<SearchDocument> batch = missing.subList(from, Math.min(missing.size(), from + SYNC_BATCH)).stream()
                    .map(this::document)
                    .flatMap(Optional::stream)
                    .toList();
            if (!batch.isEmpty()) {
                index.indexAll(batch);
                added += batch.size();
            }
        }
        return new SyncResult(added, removeStale(indexed, indexable));
    }

    /** How many documents belong in the index. */
    public long indexableCount() {
        return source.indexableCount();
    }

    /** The next ids of indexable documents after {@code afterId}, ascending. */
    public List<Long> indexableIdsAfter(long afterId, int limit) {
        return source.indexableIdsAfter(afterId, limit);
    }

    /** The index entry of a document, empty when it is gone or does not belong in the index. */
    public Optional<SearchDocument> document(long fileId) {
        return documents.find(fileId).filter(d -> !d.isDuplicate()).flatMap(SearchIndexing::indexable);
    }

    /** Writes a batch of index entries. */
    public void write(List<SearchDocument> batch) {
        index.indexAll(batch);
    }

    /** Empties the index (a reindex "from scratch"). */
    public void clear() {
        index.clear();
    }

    /** Removes index entries whose document is gone or no longer indexable; answers how many. */
    public int prune() {
        return removeStale(index.indexedFileIds(), source.indexableIds());
    }

    private int removeStale(Set<Long> indexed, Set<Long> indexable) {
        Set<Long> stale = new HashSet<>(indexed);
        stale.removeAll(indexable);
        if (!stale.isEmpty()) {
            index.deleteAll(new ArrayList<>(stale));
        }
        return stale.size();
    }

    private static Optional<SearchDocument> indexable(Document document) {
        if (document.getOcrText() == null || document.getOcrText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SearchDocument.from(document, MetadataReader.read(document.getAiMetadata())));
    }
}
