package io.docuelevate.infrastructure.delivery.onedrive;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.config.OneDriveSettings;
import io.docuelevate.infrastructure.delivery.CloudSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code onedrive} destination ({@code ONEDRIVE} integrations): the reference's {@code ONEDRIVE_*} variables,
 * or a user's integration with config {@code client_id}, {@code tenant_id} (default {@code common}),
 * {@code folder_path} and credentials {@code refresh_token}, {@code client_secret} (absent for a public client).
 */
@ApplicationScoped
public class OneDriveRemoteStoreProvider implements RemoteStoreProvider {

    /** {@code DELIVERY_TIMEOUT_SECONDS}: the time limit of connecting and of every read and write. */
    @Inject
    DeliverySettings delivery;

    @Inject
    OneDriveSettings settings;

    @Override
    public String name() {
        return "onedrive";
    }

    @Override
    public String integrationType() {
        return "ONEDRIVE";
    }

    @Override
    public Optional<RemoteStore> configured() {
        Optional<String> refreshToken = settings.refreshToken();
        if (refreshToken.isEmpty() || !settings.enabled()) {
            return Optional.empty();
        }
        String clientId = settings.clientId()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "ONEDRIVE_CLIENT_ID is required when ONEDRIVE_REFRESH_TOKEN is set"));
        try {
            OneDriveAccount account = new OneDriveAccount(
                    clientId, settings.clientSecret(), settings.tenantId(), refreshToken.get(), settings.folderPath());
            return Optional.of(new OneDriveRemoteStore(account, HostGuard.TRUSTED, delivery.timeout()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("ONEDRIVE_TENANT_ID: " + e.getMessage());
        }
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        OneDriveAccount account = new OneDriveAccount(
                CloudSettings.required(config, "client_id"),
                CloudSettings.optional(credentials, "client_secret").orElse(""),
                CloudSettings.optional(config, "tenant_id").orElse("common"),
                CloudSettings.required(credentials, "refresh_token"),
                CloudSettings.optional(config, "folder_path").orElse(""));
        return new OneDriveRemoteStore(account, hosts, delivery.timeout());
    }
}
