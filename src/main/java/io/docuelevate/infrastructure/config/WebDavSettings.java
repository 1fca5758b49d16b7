package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reference's WebDAV destination ({@code WEBDAV_URL}, {@code WEBDAV_USERNAME}, {@code WEBDAV_PASSWORD},
 * {@code WEBDAV_FOLDER}, {@code WEBDAV_VERIFY_SSL}) and its switch {@code WEBDAV_ENABLED}.
 */
@ApplicationScoped
public class WebDavSettings {

    @Inject
    @ConfigProperty(name = "WEBDAV_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "WEBDAV_USERNAME")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "WEBDAV_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "WEBDAV_FOLDER")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "WEBDAV_VERIFY_SSL")
    boolean verifySsl;

    @Inject
    @ConfigProperty(name = "WEBDAV_ENABLED")
    boolean enabled;

    /** The server URL when set and the destination is enabled. */
    public Optional<String> url() {
        return enabled ? url.map(String::strip).filter(s -> !s.isEmpty()) : Optional.empty();
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

    public boolean verifySsl() {
        return verifySsl;
    }
}
