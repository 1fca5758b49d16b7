package io.docuelevate.infrastructure.delivery.local;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code local} destination: {@code LOCAL_DESTINATION_FOLDER}. Users cannot point an integration at a folder of
 * the server (it could be any folder the server may write), so only the administrator's folder exists.
 */
@ApplicationScoped
public class LocalFolderProvider implements RemoteStoreProvider {

    @Inject
    DeliverySettings settings;

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String integrationType() {
        return "LOCAL";
    }

    @Override
    public Optional<RemoteStore> configured() {
        return settings.localFolder().map(LocalFolderStore::new);
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        throw new IllegalArgumentException(
                "a local folder is configured by the administrator (LOCAL_DESTINATION_FOLDER), not per user");
    }
}
