package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's OneDrive destination: the app registration ({@code ONEDRIVE_CLIENT_ID},
 * {@code ONEDRIVE_CLIENT_SECRET}, {@code ONEDRIVE_TENANT_ID}), the account's {@code ONEDRIVE_REFRESH_TOKEN},
 * {@code ONEDRIVE_FOLDER_PATH} and {@code ONEDRIVE_ENABLED}.
 */
@ApplicationScoped
public class OneDriveSettings {

    @Inject
    @ConfigProperty(name = "ONEDRIVE_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "ONEDRIVE_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "ONEDRIVE_TENANT_ID")
    String tenantId;

    @Inject
    @ConfigProperty(name = "ONEDRIVE_REFRESH_TOKEN")
    Optional<String> refreshToken;

    @Inject
    @ConfigProperty(name = "ONEDRIVE_FOLDER_PATH")
    Optional<String> folderPath;

    @Inject
    @ConfigProperty(name = "ONEDRIVE_ENABLED")
    boolean enabled;

    public Optional<String> clientId() {
        return OptionalText.trimmed(clientId);
    }

    /** Empty for a public client (an app registration without a secret). */
    public String clientSecret() {
        return OptionalText.trimmed(clientSecret).orElse("");
    }

    public String tenantId() {
        return tenantId.isBlank() ? "common" : tenantId.strip();
    }

    public Optional<String> refreshToken() {
        return OptionalText.trimmed(refreshToken);
    }

    public String folderPath() {
        return OptionalText.trimmed(folderPath).orElse("");
    }

    public boolean enabled() {
        return enabled;
    }
}
