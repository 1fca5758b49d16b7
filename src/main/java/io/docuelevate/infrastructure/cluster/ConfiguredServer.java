package io.docuelevate.infrastructure.cluster;

import io.docuelevate.application.system.ServerEnvironment;
import io.docuelevate.application.system.StartupFailure;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** {@link ServerEnvironment} from the core settings ({@code DOCUELEVATE_ROLE}, {@code DATABASE_URL}, {@code APP_VERSION}). */
@ApplicationScoped
public class ConfiguredServer implements ServerEnvironment {

    @Inject
    CoreSettings settings;

    @Override
    public void checkConfiguration() {
        try {
            settings.role();
            settings.database();
        } catch (InvalidConfigurationException e) {
            throw new StartupFailure(e.getMessage());
        }
    }

    @Override
    public String version() {
        return settings.version();
    }

    @Override
    public String role() {
        return settings.role().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean apiOnly() {
        return settings.role() == CoreSettings.Role.API;
    }
}
