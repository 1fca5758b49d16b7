package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's Google Drive destination: a service account ({@code GOOGLE_DRIVE_CREDENTIALS_JSON}, optionally
 * acting for {@code GOOGLE_DRIVE_DELEGATE_TO}) or, with {@code GOOGLE_DRIVE_USE_OAUTH=true}, a user's OAuth client
 * and refresh token ({@code GOOGLE_DRIVE_CLIENT_ID}, {@code _CLIENT_SECRET}, {@code _REFRESH_TOKEN}); the folder
 * {@code GOOGLE_DRIVE_FOLDER_ID} and {@code GOOGLE_DRIVE_ENABLED}.
 */
@ApplicationScoped
public class GoogleDriveSettings {

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_CREDENTIALS_JSON")
    Optional<String> credentialsJson;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_DELEGATE_TO")
    Optional<String> delegateTo;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_USE_OAUTH")
    boolean useOauth;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_CLIENT_SECRET")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_REFRESH_TOKEN")
    Optional<String> refreshToken;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_FOLDER_ID")
    Optional<String> folderId;

    @Inject
    @ConfigProperty(name = "GOOGLE_DRIVE_ENABLED")
    boolean enabled;

    public Optional<String> credentialsJson() {
        return OptionalText.trimmed(credentialsJson);
    }

    public String delegateTo() {
        return OptionalText.trimmed(delegateTo).orElse("");
    }

    public boolean useOauth() {
        return useOauth;
    }

    public Optional<String> clientId() {
        return OptionalText.trimmed(clientId);
    }

    public Optional<String> clientSecret() {
        return OptionalText.trimmed(clientSecret);
    }

    public Optional<String> refreshToken() {
        return OptionalText.trimmed(refreshToken);
    }

    /** The folder's id; empty means the root of the signed-in drive. */
    public String folderId() {
        return OptionalText.trimmed(folderId).orElse("");
    }

    public boolean enabled() {
        return enabled;
    }
}
