package io.docuelevate.application.system;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up (configuration checks, migrations) has finished; read by the started probe. */
@ApplicationScoped
public class StartupState {

    private volatile boolean started;
    private volatile String installationId;

    public boolean isStarted() {
        return started;
    }

    public String installationId() {
        return installationId;
    }

    public void markStarted(String installationId) {
        this.installationId = installationId;
        this.started = true;
    }
}
