package io.docuelevate.application.search;

import io.docuelevate.application.system.PipelineMetrics;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Full-text search for the API. The engine already restricts hits to the caller's visibility; the hits of
 * the page are then checked against the database as well, so a document deleted (or re-owned) after it was
 * indexed never appears, even while the index lags behind. Totals and facets come from the engine.
 */
@ApplicationScoped
public class SearchService {

    /** The longest query text a search takes, asked directly or kept in a saved search. */
    public static final int MAX_QUERY_LENGTH = 512;

    @Inject
    SearchIndex index;

    @Inject
    SearchSource source;

    @Inject
    PipelineMetrics metrics;

    /** One page of results; throws {@link SearchEngineException} when the engine cannot answer. */
    public SearchResults search(SearchQuery query) {
        long started = System.nanoTime();
        try {
            return visibleOnly(query, index.search(query));
        } finally {
            metrics.searchLatency(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private SearchResults visibleOnly(SearchQuery query, SearchResults results) {
        if (results.hits().isEmpty()) {
            return results;
        }
        List<Long> ids = results.hits().stream().map(SearchHit::fileId).toList();
        Set<Long> visible = source.visibleIds(ids, query.visibility().owner());
        if (visible.size() == ids.size()) {
            return results;
        }
        List<SearchHit> kept = results.hits().stream()
                .filter(hit -> visible.contains(hit.fileId()))
                .toList();
        long total = Math.max(kept.size(), results.total() - (ids.size() - kept.size()));
        return new SearchResults(kept, total, results.facets());
    }

    /** Engine, documents indexed against documents that belong in the index, and the engine's health. */
    public Status status() {
        ComponentHealth health = index.health();
        Long indexed;
        try {
            indexed = index.count();
        } catch (SearchEngineException e) {
            indexed = null;
        }
        return new Status(index.engine(), indexed, source.indexableCount(), health);
    }

    /** {@code indexed} is {@code null} when the engine cannot be asked. */
    public record Status(String engine, Long indexed, long indexable, ComponentHealth health) {}
}
