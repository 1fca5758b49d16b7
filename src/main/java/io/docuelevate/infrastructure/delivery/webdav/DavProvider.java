package io.docuelevate.infrastructure.delivery.webdav;

import io.docuelevate.application.delivery.DeliveryOptions;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * What the WebDAV and Nextcloud providers share: both make a {@link WebDavStore}, from their own variables or from
 * a user's integration, bounded by {@code DELIVERY_TIMEOUT_SECONDS}.
 */
abstract class DavProvider implements RemoteStoreProvider {

    @Inject
    DeliveryOptions options;

    /** "WebDAV", "Nextcloud": the store's name in messages. */
    abstract String kind();

    /** The integration config key of the URL ({@code url}, {@code upload_url}). */
    abstract String urlKey();

    /** The target from the environment, empty when not configured or disabled. */
    abstract Optional<WebDavTarget> environmentTarget();

    @Override
    public Optional<RemoteStore> configured() {
        try {
            return environmentTarget().map(target -> new WebDavStore(target, HostGuard.TRUSTED, options.timeout()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        return new WebDavStore(
                WebDavTarget.fromIntegration(kind(), urlKey(), config, credentials), hosts, options.timeout());
    }
}
