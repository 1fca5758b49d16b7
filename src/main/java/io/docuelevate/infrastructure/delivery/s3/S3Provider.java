package io.docuelevate.infrastructure.delivery.s3;

import io.docuelevate.application.delivery.DeliveryOptions;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.config.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code s3} destination ({@code AWS_*}, {@code S3_*}) and {@code S3} integrations: config
 * {@code bucket_name} (or {@code bucket}), {@code folder_prefix}, {@code region}, {@code storage_class},
 * {@code acl}, {@code endpoint_url}, {@code access_key_id}; credential {@code secret_access_key}.
 */
@ApplicationScoped
public class S3Provider implements RemoteStoreProvider {

    @Inject
    S3Settings settings;

    @Inject
    DeliveryOptions options;

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public String integrationType() {
        return "S3";
    }

    @Override
    public Optional<RemoteStore> configured() {
        try {
            return settings.values()
                    .map(values -> new S3Store(
                            S3Target.of(values, S3Target.Keys.ENVIRONMENT), HostGuard.TRUSTED, options.timeout()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        Map<String, String> values = new HashMap<>(config);
        values.putIfAbsent("bucket_name", config.get("bucket"));
        values.putAll(credentials);
        return new S3Store(S3Target.of(values, S3Target.Keys.INTEGRATION), hosts, options.timeout());
    }
}
