package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's Dropbox destination: the app ({@code DROPBOX_APP_KEY}, {@code DROPBOX_APP_SECRET}), the account's
 * {@code DROPBOX_REFRESH_TOKEN}, {@code DROPBOX_FOLDER}, {@code DROPBOX_ENABLED}, and whether users' Dropbox
 * integrations may borrow the app ({@code DROPBOX_ALLOW_GLOBAL_CREDENTIALS_FOR_INTEGRATIONS}).
 */
@ApplicationScoped
public class DropboxSettings {

    @Inject
    @ConfigProperty(name = "DROPBOX_APP_KEY")
    Optional<String> appKey;

    @Inject
    @ConfigProperty(name = "DROPBOX_APP_SECRET")
    Optional<String> appSecret;

    @Inject
    @ConfigProperty(name = "DROPBOX_REFRESH_TOKEN")
    Optional<String> refreshToken;

    @Inject
    @ConfigProperty(name = "DROPBOX_FOLDER")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "DROPBOX_ENABLED")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "DROPBOX_ALLOW_GLOBAL_CREDENTIALS_FOR_INTEGRATIONS")
    boolean globalCredentialsForIntegrations;

    public Optional<String> appKey() {
        return OptionalText.trimmed(appKey);
    }

    public Optional<String> appSecret() {
        return OptionalText.trimmed(appSecret);
    }

    public Optional<String> refreshToken() {
        return OptionalText.trimmed(refreshToken);
    }

    public String folder() {
        return OptionalText.trimmed(folder).orElse("");
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean globalCredentialsForIntegrations() {
        return globalCredentialsForIntegrations;
    }
}
