package io.docuelevate.infrastructure.delivery.dropbox;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import io.docuelevate.infrastructure.config.DropboxSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.delivery.CloudSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code dropbox} destination ({@code DROPBOX} integrations): the reference's {@code DROPBOX_*} variables, or a
 * user's integration with config {@code folder}, {@code app_key} and credentials {@code refresh_token},
 * {@code app_secret} (the app's key and secret may come from the environment when
 * {@code DROPBOX_ALLOW_GLOBAL_CREDENTIALS_FOR_INTEGRATIONS=true}).
 */
@ApplicationScoped
public class DropboxRemoteStoreProvider implements RemoteStoreProvider {

    /** {@code DELIVERY_TIMEOUT_SECONDS}: the time limit of connecting and of every read and write. */
    @Inject
    DeliverySettings delivery;

    @Inject
    DropboxSettings settings;

    @Override
    public String name() {
        return "dropbox";
    }

    @Override
    public String integrationType() {
        return "DROPBOX";
    }

    @Override
    public Optional<RemoteStore> configured() {
        Optional<String> refreshToken = settings.refreshToken();
        if (refreshToken.isEmpty() || !settings.enabled()) {
            return Optional.empty();
        }
        DropboxAccount account = new DropboxAccount(
                settings.appKey()
                        .orElseThrow(() -> new InvalidConfigurationException(
                                "DROPBOX_APP_KEY is required when DROPBOX_REFRESH_TOKEN is set")),
                settings.appSecret()
                        .orElseThrow(() -> new InvalidConfigurationException(
                                "DROPBOX_APP_SECRET is required when DROPBOX_REFRESH_TOKEN is set")),
                refreshToken.get(),
                settings.folder());
        return Optional.of(new DropboxRemoteStore(account, HostGuard.TRUSTED, delivery.timeout()));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        boolean global = settings.globalCredentialsForIntegrations();
        String appKey = CloudSettings.optional(config, "app_key")
                .or(() -> global ? settings.appKey() : Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("app_key is required"));
        String appSecret = CloudSettings.optional(credentials, "app_secret")
                .or(() -> global ? settings.appSecret() : Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("app_secret is required"));
        DropboxAccount account = new DropboxAccount(
                appKey,
                appSecret,
                CloudSettings.required(credentials, "refresh_token"),
                CloudSettings.optional(config, "folder").orElse(""));
        return new DropboxRemoteStore(account, hosts, delivery.timeout());
    }
}
