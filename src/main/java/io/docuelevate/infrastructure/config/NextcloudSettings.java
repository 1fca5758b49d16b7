package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's Nextcloud destination: {@code NEXTCLOUD_UPLOAD_URL} (the user's WebDAV files root, e.g.
 * {@code https://cloud/remote.php/dav/files/alice}), {@code NEXTCLOUD_USERNAME}, {@code NEXTCLOUD_PASSWORD} (an app
 * password), {@code NEXTCLOUD_FOLDER} and the switch {@code NEXTCLOUD_ENABLED}.
 */
@ApplicationScoped
public class NextcloudSettings {

    @Inject
    @ConfigProperty(name = "NEXTCLOUD_UPLOAD_URL")
    Optional<String> uploadUrl;

    @Inject
    @ConfigProperty(name = "NEXTCLOUD_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "NEXTCLOUD_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "NEXTCLOUD_FOLDER")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "NEXTCLOUD_ENABLED")
    boolean enabled;

    /** The upload URL when set and the destination is enabled. */
    public Optional<String> uploadUrl() {
        return enabled ? uploadUrl.map(String::strip).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    public String username() {
        return username.orElse("");
    }

    public String password() {
        return password.orElse("");
    }

    public String folder() {
        return folder.orElse("");
    }
}
