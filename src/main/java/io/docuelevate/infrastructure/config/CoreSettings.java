package io.docuelevate.infrastructure.config;

import io.docuelevate.application.readiness.ApplicationVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Core settings: work directory, database, migrations, process role and version (reference spec §5 names). */
@ApplicationScoped
public class CoreSettings implements ApplicationVersion {

    /** What this replica does: HTTP and workers ({@code all}), HTTP only ({@code api}) or workers only ({@code worker}). */
    public enum Role {
        ALL,
        API,
        WORKER
    }

    @Inject
    @ConfigProperty(name = "WORKDIR")
    Optional<String> workdir;

    @Inject
    @ConfigProperty(name = "DATABASE_URL")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "MIGRATE_ON_STARTUP")
    boolean migrateOnStartup;

    @Inject
    @ConfigProperty(name = "DOCUELEVATE_ROLE")
    String role;

    @Inject
    @ConfigProperty(name = "APP_VERSION")
    Optional<String> appVersion;

    public Path workdir() {
        return workdir.filter(s -> !s.isBlank())
                .map(s -> Path.of(s.trim()))
                .orElseGet(EnvironmentSettings::defaultWorkdir)
                .toAbsolutePath()
                .normalize();
    }

    /** The configured database; throws {@link InvalidConfigurationException} for a malformed URL. */
    public DatabaseUrl database() {
        return DatabaseUrl.parse(databaseUrl.orElse(null), workdir());
    }

    public boolean migrateOnStartup() {
        return migrateOnStartup;
    }

    public Role role() {
        String value = role.trim().toUpperCase(Locale.ROOT);
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    "DOCUELEVATE_ROLE '" + role + "' is invalid: use all, api or worker");
        }
    }

    @Override
    public String version() {
        return appVersion.filter(s -> !s.isBlank()).orElseGet(CoreSettings::buildVersion);
    }

    static String buildVersion() {
        try (InputStream in = CoreSettings.class.getResourceAsStream("/META-INF/docuelevate-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
