package io.docuelevate.infrastructure.config;

import io.docuelevate.application.delivery.DeliveryOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivery settings shared by every destination (time limit, attempts, the hosts users' integrations may reach
 * although private) and the local-folder destination ({@code LOCAL_DESTINATION_FOLDER}, ours: the reference has
 * none, a mounted share is the common case). Each vendor's own variables live in that vendor's settings bean.
 */
@ApplicationScoped
public class DeliverySettings implements DeliveryOptions {

    @Inject
    @ConfigProperty(name = "DELIVERY_TIMEOUT_SECONDS")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "DELIVERY_MAX_ATTEMPTS")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "INTEGRATION_ALLOW_HOSTS")
    Optional<String> integrationAllowHosts;

    @Inject
    @ConfigProperty(name = "LOCAL_DESTINATION_FOLDER")
    Optional<String> localFolder;

    @Inject
    @ConfigProperty(name = "LOCAL_DESTINATION_ENABLED")
    boolean localEnabled;

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    @Override
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    @Override
    public Set<String> integrationAllowHosts() {
        return integrationAllowHosts.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(host -> host.strip().toLowerCase(Locale.ROOT).replaceAll("\\.+$", ""))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The local destination folder when set, enabled and an absolute path. */
    public Optional<Path> localFolder() {
        if (!localEnabled) {
            return Optional.empty();
        }
        return localFolder.map(String::strip).filter(s -> !s.isEmpty()).flatMap(folder -> {
            try {
                Path path = Path.of(folder);
                if (!path.isAbsolute()) {
                    throw new InvalidConfigurationException(
                            "LOCAL_DESTINATION_FOLDER must be an absolute path, got '" + folder + "'");
                }
                return Optional.of(path.normalize());
            } catch (InvalidPathException e) {
                throw new InvalidConfigurationException(
                        "LOCAL_DESTINATION_FOLDER '" + folder + "' is not a path: " + e.getMessage());
            }
        });
    }
}
