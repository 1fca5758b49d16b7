package io.docuelevate.infrastructure.delivery.googledrive;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.infrastructure.config.DeliverySettings;
import io.docuelevate.infrastructure.config.GoogleDriveSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.delivery.CloudSettings;
import io.docuelevate.infrastructure.delivery.googledrive.GoogleDriveRemoteStore.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code google_drive} destination ({@code GOOGLE_DRIVE} integrations): the reference's {@code GOOGLE_DRIVE_*}
 * variables, or a user's integration with config {@code folder_id}, {@code client_id}, {@code delegate_to} and
 * credentials {@code refresh_token} + {@code client_secret} (a user's OAuth sign-in) or {@code credentials_json}
 * (a service account).
 */
@ApplicationScoped
public class GoogleDriveRemoteStoreProvider implements RemoteStoreProvider {

    /** {@code DELIVERY_TIMEOUT_SECONDS}: the time limit of connecting and of every read and write. */
    @Inject
    DeliverySettings delivery;

    @Inject
    GoogleDriveSettings settings;

    @Override
    public String name() {
        return "google_drive";
    }

    @Override
    public String integrationType() {
        return "GOOGLE_DRIVE";
    }

    @Override
    public Optional<RemoteStore> configured() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Optional<SignIn> signIn = settings.useOauth()
                ? settings.refreshToken()
                        .map(token -> new SignIn.User(
                                required(settings.clientId(), "GOOGLE_DRIVE_CLIENT_ID"),
                                required(settings.clientSecret(), "GOOGLE_DRIVE_CLIENT_SECRET"),
                                token))
                : settings.credentialsJson().map(json -> new SignIn.ServiceAccount(json, settings.delegateTo()));
        try {
            return signIn.map(
                    how -> new GoogleDriveRemoteStore(settings.folderId(), how, HostGuard.TRUSTED, delivery.timeout()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("GOOGLE_DRIVE_CREDENTIALS_JSON: " + e.getMessage());
        }
    }

    private static String required(Optional<String> value, String key) {
        return value.orElseThrow(() -> new InvalidConfigurationException(
                key + " is required when GOOGLE_DRIVE_USE_OAUTH=true and GOOGLE_DRIVE_REFRESH_TOKEN is set"));
    }

    @Override
    public RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts) {
        Optional<String> refreshToken = CloudSettings.optional(credentials, "refresh_token");
        SignIn signIn;
        if (refreshToken.isPresent()) {
            signIn = new SignIn.User(
                    CloudSettings.required(config, "client_id"),
                    CloudSettings.required(credentials, "client_secret"),
                    refreshToken.get());
        } else {
            signIn = new SignIn.ServiceAccount(
                    CloudSettings.optional(credentials, "credentials_json")
                            .orElseThrow(() ->
                                    new IllegalArgumentException("refresh_token or credentials_json is required")),
                    CloudSettings.optional(config, "delegate_to").orElse(""));
        }
        return new GoogleDriveRemoteStore(
                CloudSettings.optional(config, "folder_id").orElse(""), signIn, hosts, delivery.timeout());
    }
}
