package io.docuelevate.interfaces.lifecycle;

import io.docuelevate.application.system.StartupFailure;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.persistence.DatabaseInitializer;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Start-up sequence: configuration, work directory, database and schema. Anything that would make
 * the server misbehave later stops it now with one clear line (no stack trace, no secret) and exit
 * code 1, so an orchestrator sees a failed start instead of a server that answers but cannot work.
 */
@ApplicationScoped
public class ServerStartup {

    private static final Logger LOG = Logger.getLogger(ServerStartup.class.getName());

    @Inject
    CoreSettings settings;

    @Inject
    Workdir workdir;

    @Inject
    DatabaseInitializer database;

    @Inject
    SettingsRepository settingsRepository;

    @Inject
    StartupState state;

    @Inject
    io.docuelevate.infrastructure.config.SecuritySettings security;

    void onStartup(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE) Startup event) {
        try {
            settings.role();
            settings.database();
            checkSecrets();
            createWorkdir();
            database.prepare();
            state.markStarted(installationId());
            LOG.info(() -> "DocuElevate " + settings.version() + " started (role " + settings.role().name().toLowerCase()
                    + ", work directory " + workdir.root() + ")");
        } catch (StartupFailure | InvalidConfigurationException e) {
            stop(e.getMessage());
        }
    }

    /** With authentication on, weak or placeholder secrets stop the start (production guide §3). */
    private void checkSecrets() {
        if (!security.authEnabled()) {
            LOG.warning("AUTH_ENABLED=false: every API route is open to anyone who can reach this server");
            return;
        }
        io.docuelevate.domain.identity.SecretRules.sessionSecretProblem(security.sessionSecret().orElse(null))
                .or(() -> io.docuelevate.domain.identity.SecretRules.adminPasswordProblem(security.adminPassword().orElse(null)))
                .ifPresent(problem -> {
                    throw new StartupFailure(problem + " (AUTH_ENABLED=true)");
                });
    }

    private void createWorkdir() {
        try {
            workdir.createLayout();
        } catch (IOException e) {
            throw new StartupFailure("cannot create the work directory layout under WORKDIR=" + workdir.root() + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private String installationId() {
        String candidate = UUID.randomUUID().toString();
        try {
            settingsRepository.putIfAbsent(ApplicationSetting.INSTALLATION_ID, candidate);
        } catch (RuntimeException concurrentInsert) {
            LOG.fine("another replica stored the installation id first");
        }
        return settingsRepository.find(ApplicationSetting.INSTALLATION_ID).orElse(candidate);
    }

    private static void stop(String reason) {
        LOG.severe("DocuElevate cannot start: " + reason);
        Thread exit = new Thread(() -> System.exit(1), "docuelevate-startup-abort");
        exit.setDaemon(false);
        exit.start();
    }
}
