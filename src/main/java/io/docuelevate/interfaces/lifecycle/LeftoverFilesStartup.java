package io.docuelevate.interfaces.lifecycle;

import io.docuelevate.application.processing.LeftoverFiles;
import io.docuelevate.application.system.StartupState;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * After {@link ServerStartup}, and before this replica's workers claim anything, removes what a crash left in
 * the work directory ({@link LeftoverFiles}: scratch in {@code tmp/}, files in {@code processed/} no document
 * owns, all older than the lease). Never stops the server: a leftover costs space, not correctness.
 */
@ApplicationScoped
public class LeftoverFilesStartup {

    private static final Logger LOG = Logger.getLogger(LeftoverFilesStartup.class.getName());
    private static final int NAMES_LOGGED = 20;

    @Inject
    StartupState state;

    @Inject
    LeftoverFiles leftovers;

    void onStartup(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) Startup event) {
        if (!state.isStarted()) {
            return;
        }
        try {
            List<String> removed = leftovers.sweep();
            if (!removed.isEmpty()) {
                LOG.info(() -> "Removed " + removed.size() + " files left by an interrupted run (older than"
                        + " WORKER_LEASE_SECONDS): "
                        + String.join(", ", removed.subList(0, Math.min(NAMES_LOGGED, removed.size())))
                        + (removed.size() > NAMES_LOGGED ? ", …" : ""));
            }
            List<String> quarantined = leftovers.quarantineOrphanedOriginals();
            if (!quarantined.isEmpty()) {
                LOG.warning(() -> "Moved " + quarantined.size() + " originals that no document owns to WORKDIR/"
                        + LeftoverFiles.ORPHANED_FOLDER + " (an ingest interrupted before its commit; the source"
                        + " offers them again, so they can be deleted once checked): "
                        + String.join(", ", quarantined.subList(0, Math.min(NAMES_LOGGED, quarantined.size())))
                        + (quarantined.size() > NAMES_LOGGED ? ", …" : ""));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "The start-up sweep of leftover files failed: " + e.getMessage());
        }
    }
}
