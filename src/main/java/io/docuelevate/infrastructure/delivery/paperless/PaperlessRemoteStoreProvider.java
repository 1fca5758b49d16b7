package io.docuelevate.infrastructure.delivery.paperless;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.config.PaperlessSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code paperless} destination ({@code PAPERLESS} integrations): the reference's {@code PAPERLESS_*}
 * variables, or a user's integration with config {@code host} (or {@code url}: the base URL),
 * {@code custom_field_absender, custom_fields_mapping} and credential {@code api_token}.
 */
@ApplicationScoped
public class PaperlessRemoteStoreProvider implements RemoteStoreProvider {

    /** How long Paperless-ngx may take to consume (OCR) a posted document. */
    static final Duration CONSUME_WAIT = Duration.ofMinutes(5);

    private static final Map<String, String> ENVIRONMENT_NAMES =
            Map.of("host", "PAPERLESS_HOST", "mapping", "PAPERLESS_CUSTOM_FIELDS_MAPPING");
    private static final Map<String, String> INTEGRATION_NAMES =
            Map.of("host", "host", "mapping", "custom_fields_mapping");

    @Inject
    DeliverySettings delivery;

    @Inject
    PaperlessSettings settings;

    @Override
    public String name() {
        return "paperless";
    }

    @Override
    public String integrationType() {
        return "PAPERLESS";
    }

    @Override
    public Optional<RemoteStore> configured() {
        if (settings.host().isEmpty() || settings.apiToken().isEmpty() || !settings.enabled()) {
            return Optional.empty();
        }
        PaperlessDestination destination;
        try {
            destination = PaperlessDestination.of(
                    settings.host().get(),
                    settings.apiToken().get(),
                    settings.customFieldsMapping(),
                    settings.customFieldAbsender(),
                    ENVIRONMENT_NAMES);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
        return Optional.of(new PaperlessRemoteStore(destination, HostGuard.TRUSTED, delivery.timeout(), CONSUME_WAIT));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        return new PaperlessRemoteStore(destination(config, credentials), hosts, delivery.timeout(), CONSUME_WAIT);
    }

    static PaperlessDestination destination(Map<String, String> config, Map<String, String> credentials) {
        String host = text(config, "host")
                .or(() -> text(config, "url"))
                .orElseThrow(() -> new IllegalArgumentException("host is required (the base URL of Paperless-ngx)"));
        String token =
                text(credentials, "api_token").orElseThrow(() -> new IllegalArgumentException("api_token is required"));
        return PaperlessDestination.of(
                host,
                token,
                text(config, "custom_fields_mapping"),
                text(config, "custom_field_absender"),
                INTEGRATION_NAMES);
    }

    private static Optional<String> text(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
