package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.ConfigurationFacts;
import io.docuelevate.application.readiness.DatabaseFacts;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.domain.identity.SecretRules;
import io.docuelevate.infrastructure.config.EnvironmentSettings;
import io.docuelevate.infrastructure.config.IntakeSettings;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.infrastructure.config.ProtectionSettings;
import io.docuelevate.infrastructure.config.SearchSettings;
import io.docuelevate.infrastructure.config.SecuritySettings;
import io.docuelevate.infrastructure.monitoring.UptimeKumaHeartbeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** {@link ConfigurationFacts} from the configuration beans and the Uptime Kuma heartbeat. */
@ApplicationScoped
public class SettingsConfigurationFacts implements ConfigurationFacts {

    @Inject
    OperationsSettings operations;

    @Inject
    SecuritySettings security;

    @Inject
    ProtectionSettings protection;

    @Inject
    SearchSettings search;

    @Inject
    DatabaseFacts database;

    @Inject
    IntakeSettings intake;

    @Inject
    UptimeKumaHeartbeat uptimeKuma;

    @Override
    public ReadinessSnapshot.Secrets secrets() {
        boolean defaultKeystore = operations
                .tlsKeystoreFile()
                .map(f -> f.replace('\\', '/').endsWith("resources/security/key.p12"))
                .orElse(true);
        return new ReadinessSnapshot.Secrets(
                SecretRules.sessionSecretProblem(security.sessionSecret().orElse(null)),
                SecretRules.adminPasswordProblem(security.adminPassword().orElse(null)),
                database.passwordProblem(),
                defaultKeystore,
                dotEnvInRepository(),
                meilisearchConfigured() && search.meilisearchApiKey().isEmpty());
    }

    @Override
    public List<String> testOnlySettings() {
        return intake.urlAllowHosts().isEmpty()
                ? List.of()
                : List.of("URL_UPLOAD_ALLOW_HOSTS=" + String.join(",", new TreeSet<>(intake.urlAllowHosts())));
    }

    @Override
    public boolean authEnabled() {
        return security.authEnabled();
    }

    @Override
    public boolean securityHeadersEnabled() {
        return protection.securityHeadersEnabled();
    }

    @Override
    public boolean rateLimitingEnabled() {
        return protection.rateLimitingEnabled();
    }

    @Override
    public boolean backupEnabled() {
        return operations.backupEnabled();
    }

    @Override
    public boolean meilisearchConfigured() {
        try {
            return search.meilisearchUrl().isPresent();
        } catch (RuntimeException malformed) {
            return true;
        }
    }

    @Override
    public String consoleLogFormat() {
        return operations.consoleLogFormat();
    }

    @Override
    public ReadinessSnapshot.Monitoring monitoring() {
        UptimeKumaHeartbeat.Status kuma = uptimeKuma.status();
        return new ReadinessSnapshot.Monitoring(
                kuma.configured(),
                kuma.lastSuccess(),
                kuma.lastError(),
                kuma.interval(),
                !operations.metricsAuthentication());
    }

    /** The {@code .env} file in use when it sits inside a git work tree (where it could be committed). */
    static Optional<String> dotEnvInRepository() {
        Path dotEnv =
                EnvironmentSettings.dotEnvPath(System.getenv()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dotEnv)) {
            return Optional.empty();
        }
        for (Path dir = dotEnv.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dotEnv.toString());
            }
        }
        return Optional.empty();
    }
}
