package io.docuelevate.infrastructure.watch;

import io.docuelevate.application.system.MaintenanceState;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.application.watch.WatchFolderOptions;
import io.docuelevate.application.watch.WatchFolderScanner;
import io.docuelevate.infrastructure.cluster.LocalHost;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the watched folders every {@code WATCH_FOLDER_POLL_INTERVAL} on the worker replicas
 * ({@code DOCUELEVATE_ROLE} {@code all} or {@code worker}) from the managed scheduler; polling rather than file
 * events, so NFS and SMB mounts work. Every replica may poll: the ledger's claims decide who takes a file.
 */
@ApplicationScoped
public class WatchFolderPoller {

    private static final Logger LOG = Logger.getLogger(WatchFolderPoller.class.getName());

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    WatchFolderScanner scanner;

    @Inject
    WatchFolderOptions options;

    @Inject
    CoreSettings coreSettings;

    @Inject
    StartupState startup;

    @Inject
    MaintenanceState maintenance;

    private final String worker = workerName();
    private volatile ScheduledFuture<?> polling;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 110) Startup event) {
        if (!startup.isStarted() || coreSettings.role() == CoreSettings.Role.API) {
            return;
        }
        long interval = options.pollInterval().toMillis();
        polling = scheduler.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Watch folders polled every " + options.pollInterval().toSeconds() + " s by " + worker);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void pollSafely() {
        if (maintenance.restoreInProgress()) {
            return;
        }
        try {
            scanner.scanAll(worker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "watch folder poll failed: " + e.getMessage());
        }
    }

    private static String workerName() {
        return "watch@" + LocalHost.name() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
