package io.docuelevate.application.search;

import io.docuelevate.domain.backup.BackupRestored;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
    SearchOptions settings;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexing indexing;

    @Inject
    ReindexJobs jobs;

    /**
     * After a restore the database holds other documents under possibly the same ids: the index is rebuilt
     * from it (entries are rewritten, those of documents that are no longer there removed).
     */
    void onBackupRestored(@Observes BackupRestored event) {
        if (!settings.enabled()) {
            return;
        }
        try {
            ReindexJobs.Reindex started = jobs.start(false);
            LOG.info(() -> "Backup " + event.filename() + " restored: search reindex execution " + started.executionId()
                    + " started");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Backup " + event.filename() + " restored but the search reindex did not start ("
                    + e.getMessage() + "); POST /api/admin/search/reindex rebuilds it");
        }
    }

    /** The periodic sync: adds missed documents and removes stale entries; an unreachable engine is only logged. */
    public void sync() {
        if (!settings.enabled() || jobs.running().isPresent()) {
            return;
        }
        try {
            SearchIndexing.SyncResult result = indexing.sync();
            if (result.added() > 0 || result.removed() > 0) {
                LOG.info(() -> "Search sync (" + index.engine() + "): " + result.added() + " documents added, "
                        + result.removed() + " stale entries removed");
            }
        } catch (SearchEngineException e) {
            LOG.warning(() -> "Search sync skipped: " + e.getMessage());
        }
    }

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
