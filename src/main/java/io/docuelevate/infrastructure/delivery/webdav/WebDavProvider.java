package io.docuelevate.infrastructure.delivery.webdav;

import io.docuelevate.infrastructure.config.WebDavSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The {@code webdav} destination ({@code WEBDAV_*}) and {@code WEBDAV} integrations (config {@code url},
 * {@code username}, {@code folder}, {@code verify_ssl}; credential {@code password}).
 */
@ApplicationScoped
public class WebDavProvider extends DavProvider {

    @Inject
    WebDavSettings settings;

    @Override
    public String name() {
        return "webdav";
    }

    @Override
    public String integrationType() {
        return "WEBDAV";
    }

    @Override
    String kind() {
        return "WebDAV";
    }

    @Override
    String urlKey() {
        return "url";
    }

    @Override
    Optional<WebDavTarget> environmentTarget() {
        return settings.url()
                .map(url -> WebDavTarget.of(
                        kind(),
                        "WEBDAV_URL",
                        url,
                        settings.username(),
                        settings.password(),
                        settings.folder(),
                        settings.verifySsl()));
    }
}
