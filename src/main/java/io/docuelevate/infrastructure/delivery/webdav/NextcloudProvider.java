package io.docuelevate.infrastructure.delivery.webdav;

import io.docuelevate.infrastructure.config.NextcloudSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The {@code nextcloud} destination ({@code NEXTCLOUD_*}) and {@code NEXTCLOUD} integrations (config
 * {@code upload_url}, {@code username}, {@code folder}; credential {@code password}, an app password). Nextcloud
 * files are plain WebDAV, so this is the WebDAV store under another set of variables; certificates are always
 * verified (the reference has no NEXTCLOUD_VERIFY_SSL).
 */
@ApplicationScoped
public class NextcloudProvider extends DavProvider {

    @Inject
    NextcloudSettings settings;

    @Override
    public String name() {
        return "nextcloud";
    }

    @Override
    public String integrationType() {
        return "NEXTCLOUD";
    }

    @Override
    String kind() {
        return "Nextcloud";
    }

    @Override
    String urlKey() {
        return "upload_url";
    }

    @Override
    Optional<WebDavTarget> environmentTarget() {
        return settings.uploadUrl()
                .map(url -> WebDavTarget.of(
                        kind(),
                        "NEXTCLOUD_UPLOAD_URL",
                        url,
                        settings.username(),
                        settings.password(),
                        settings.folder(),
                        true));
    }
}
