package io.docuelevate.interfaces.lifecycle;

import io.docuelevate.application.search.SearchOptions;
import io.docuelevate.application.search.SearchReconciliation;
import io.docuelevate.application.system.ServerEnvironment;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.search.SearchIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After {@link ServerStartup} has prepared the database, checks the search index against it and starts a
 * reindex when it is empty or stale. A shared engine (Meilisearch) is reconciled by replicas that run
 * workers ({@code all}, {@code worker}), not by API-only ones; the embedded index belongs to its server.
 * Then syncs the index every {@code SEARCH_SYNC_INTERVAL} seconds. Never stops the server: search is not
 * needed to serve documents.
 */
@ApplicationScoped
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());
    static final long RECONCILE_DELAY_SECONDS = 2;

    @Inject
    StartupState state;

    @Inject
    ServerEnvironment server;

    @Inject
    SearchIndex index;

    @Inject
    SearchReconciliation reconciliation;

    @Inject
    SearchOptions searchSettings;

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> sync;

    /** Runs shortly after start-up, off the start-up thread, once the batch runtime serves the application. */
    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) Startup event) {
        if (!state.isStarted() || !maintainsIndex()) {
            return;
        }
        scheduler.schedule(this::reconcile, RECONCILE_DELAY_SECONDS, TimeUnit.SECONDS);
        searchSettings
                .syncInterval()
                .ifPresent(interval -> sync = scheduler.scheduleWithFixedDelay(
                        this::sync, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        if (sync != null) {
            sync.cancel(false);
        }
    }

    /** A shared engine is kept in step by worker replicas; the embedded index by the server that holds it. */
    private boolean maintainsIndex() {
        return !server.apiOnly() || "lucene".equals(index.engine());
    }

    void reconcile() {
        try {
            reconciliation.reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index reconciliation failed; POST /api/admin/search/reindex rebuilds it", e);
        }
    }

    void sync() {
        try {
            reconciliation.sync();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search sync failed: " + e.getMessage());
        }
    }
}
