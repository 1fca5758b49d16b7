package io.docuelevate.application.system;

import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.identity.SecretRules;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The start-up sequence: configuration, secrets, work directory, database and schema, then the
 * installation id. Anything that would make the server misbehave later throws {@link StartupFailure}
 * with one line for the operator.
 */
@ApplicationScoped
public class ServerPreparation {

    private static final Logger LOG = Logger.getLogger(ServerPreparation.class.getName());

    @Inject
    ServerEnvironment environment;

    @Inject
    IdentitySettings security;

    @Inject
    DocumentFiles workdir;

    @Inject
    DatabasePreparation database;

    @Inject
    SettingsRepository settingsRepository;

    @Inject
    StartupState state;

    /** Runs the sequence and marks the server started; throws {@link StartupFailure} when it must not start. */
    public void prepare() {
        environment.checkConfiguration();
        checkSecrets();
        createWorkdir();
        database.prepare();
        state.markStarted(installationId());
        LOG.info(() -> "DocuElevate " + environment.version() + " started (role " + environment.role()
                + ", work directory " + workdir.root() + ")");
    }

    /** With authentication on, weak or placeholder secrets stop the start (production guide §3). */
    private void checkSecrets() {
        if (!security.authEnabled()) {
            LOG.warning("AUTH_ENABLED=false: every API route is open to anyone who can reach this server");
            return;
        }
        SecretRules.sessionSecretProblem(security.sessionSecret().orElse(null))
                .or(() -> SecretRules.adminPasswordProblem(
                        security.adminPassword().orElse(null)))
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
}
