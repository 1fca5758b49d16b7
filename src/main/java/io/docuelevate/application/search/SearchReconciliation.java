package io.docuelevate.application.search;

import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.infrastructure.config.SearchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Start-up check that the disposable index matches the database: when it is empty or holds a different
 * number of documents than there are indexable documents, the {@code reindex} job is started. Never fails
 * start-up: an unreachable engine is only logged (search answers 503 until it is back).
 */
@ApplicationScoped
public class SearchReconciliation {

    private static final Logger LOG = Logger.getLogger(SearchReconciliation.class.getName());

    @Inject
    SearchSettings settings;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexing indexing;

    @Inject
    ReindexJobs jobs;

    /** Starts a reindex when needed; answers the execution started, if any. */
    public Optional<ReindexJobs.Reindex> reconcile() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        try {
            long indexed = index.count();
            long indexable = indexing.indexableCount();
            if (indexed == indexable) {
                LOG.info(() -> "Search index (" + index.engine() + ") holds all " + indexable + " indexable documents");
                return Optional.empty();
            }
            ReindexJobs.Reindex started = jobs.start(false);
            LOG.info(() -> "Search index (" + index.engine() + ") holds " + indexed + " documents, the database "
                    + indexable + ": reindex execution " + started.executionId() + " started");
            return Optional.of(started);
        } catch (SearchEngineException e) {
            LOG.warning(() -> "Search index not checked at start-up: " + e.getMessage());
            return Optional.empty();
        }
    }
}
