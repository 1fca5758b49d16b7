package io.docuelevate.infrastructure.search;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import java.util.Collection;
import java.util.Set;

/**
 * The search index when {@code ENABLE_SEARCH=false}: writes are ignored, searches fail with a clear reason
 * (answered 503), health says "not configured".
 */
public final class DisabledSearchIndex implements SearchIndex {

    static final String REASON = "search is disabled (ENABLE_SEARCH=false)";

    @Override
    public String engine() {
        return "disabled";
    }

    @Override
    public void index(SearchDocument document) {}

    @Override
    public void indexAll(Collection<SearchDocument> documents) {}

    @Override
    public void delete(long fileId) {}

    @Override
    public void deleteAll(Collection<Long> fileIds) {}

    @Override
    public SearchResults search(SearchQuery query) {
        throw new SearchEngineException(REASON);
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public Set<Long> indexedFileIds() {
        return Set.of();
    }

    @Override
    public void clear() {}

    @Override
    public ComponentHealth health() {
        return ComponentHealth.notConfigured();
    }
}
