package io.docuelevate.application.system;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this replica is replacing its data (a restore is running). Work that would race with the
 * restore, such as claiming queued documents, checks it and waits for the next round.
 */
@ApplicationScoped
public class MaintenanceState {

    private volatile boolean restoring;

    public boolean restoreInProgress() {
        return restoring;
    }

    public void restoreStarted() {
        restoring = true;
    }

    public void restoreEnded() {
        restoring = false;
    }
}
