package io.docuelevate.domain.search;

import io.docuelevate.domain.health.ComponentHealth;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the full-text search engine (embedded Lucene or Meilisearch). The index is derived data: it is
 * always rebuilt from the database (the {@code reindex} job), so an adapter may lose it without harm. Every
 * call that needs the engine throws {@link SearchEngineException} when the engine cannot answer, so callers
 * can say "search is unavailable" instead of "nothing found".
 */
public interface SearchIndex {

    /** Short engine name for health and status answers, e.g. {@code lucene} or {@code meilisearch}. */
    String engine();

    /** Adds the document or replaces the indexed version with the same file id; searchable when this returns. */
    void index(SearchDocument document);

    /**
     * Adds or replaces several documents in one batch (bulk rebuilds). They are searchable within about a
     * second, and always before {@link #count()} or {@link #indexedFileIds()} answer.
     */
    void indexAll(Collection<SearchDocument> documents);

    /** Removes a document; removing one that is not indexed is not an error. */
    void delete(long fileId);

    /** Removes several documents. */
    void deleteAll(Collection<Long> fileIds);

    /** One page of hits for the query, restricted to what the query's visibility allows, with facet counts. */
    SearchResults search(SearchQuery query);

    /** How many documents the index holds, including every write made before this call. */
    long count();

    /** The file ids of every indexed document (to prune entries whose document is gone). */
    Set<Long> indexedFileIds();

    /** Removes every document. */
    void clear();

    /** Checks the engine within a few seconds, without throwing. */
    ComponentHealth health();

    /**
     * Asks the engine for a backup of its own data (Meilisearch: a dump) and answers the engine's task id;
     * empty where the engine keeps no separate backup (the embedded index is rebuilt from the database).
     */
    default Optional<String> requestDump() {
        return Optional.empty();
    }
}
