package io.docuelevate.infrastructure.config;

import io.docuelevate.application.intake.IntakeOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * URL upload and machine intake settings (reference names; {@code URL_UPLOAD_*} are ours). The total time limit
 * of a URL upload is the reference's {@code HTTP_REQUEST_TIMEOUT}, bound in {@link MetadataSettings}.
 */
@ApplicationScoped
public class IntakeSettings implements IntakeOptions {

    @Inject
    @ConfigProperty(name = "URL_UPLOAD_ALLOW_HOSTS")
    Optional<String> urlAllowHosts;

    @Inject
    @ConfigProperty(name = "URL_UPLOAD_CONNECT_TIMEOUT")
    String urlConnectTimeout;

    @Inject
    @ConfigProperty(name = "DOCUMENT_INTAKE_SHARED_SECRET")
    Optional<String> intakeSharedSecret;

    @Inject
    @ConfigProperty(name = "DOCUMENT_INTAKE_SHARED_OWNER_ID")
    String intakeSharedOwnerId;

    @Inject
    MetadataSettings metadata;

    @Override
    public Set<String> urlAllowHosts() {
        return urlAllowHosts.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(host -> host.strip().toLowerCase(Locale.ROOT).replaceAll("\\.+$", ""))
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code URL_UPLOAD_CONNECT_TIMEOUT} in seconds (decimals allowed), default 10. */
    @Override
    public Duration urlConnectTimeout() {
        try {
            double seconds = Double.parseDouble(
                    urlConnectTimeout.replaceFirst("(?i)s$", "").strip());
            if (seconds > 0 && seconds <= 3600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                "URL_UPLOAD_CONNECT_TIMEOUT '" + urlConnectTimeout + "' is invalid: use seconds, e.g. 10");
    }

    @Override
    public Duration urlTotalTimeout() {
        return metadata.requestTimeout();
    }

    @Override
    public Optional<String> intakeSharedSecret() {
        return intakeSharedSecret.filter(secret -> !secret.isBlank());
    }

    @Override
    public String intakeSharedOwnerId() {
        return intakeSharedOwnerId.strip();
    }
}
