package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Paperless-ngx destination of the reference ({@code PAPERLESS_*}): where processed documents are posted,
 * the API token, and which Paperless custom fields receive extracted metadata.
 */
@ApplicationScoped
public class PaperlessSettings {

    @Inject
    @ConfigProperty(name = "PAPERLESS_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "PAPERLESS_NGX_API_TOKEN")
    Optional<String> apiToken;

    @Inject
    @ConfigProperty(name = "PAPERLESS_CUSTOM_FIELD_ABSENDER")
    Optional<String> customFieldAbsender;

    @Inject
    @ConfigProperty(name = "PAPERLESS_CUSTOM_FIELDS_MAPPING")
    Optional<String> customFieldsMapping;

    @Inject
    @ConfigProperty(name = "PAPERLESS_ENABLED")
    boolean enabled;

    /** The base URL of Paperless-ngx ({@code https://paperless.example.com}); empty means not configured. */
    public Optional<String> host() {
        return OptionalText.trimmed(host);
    }

    public Optional<String> apiToken() {
        return OptionalText.trimmed(apiToken);
    }

    /** The custom field that receives the metadata field {@code absender}. */
    public Optional<String> customFieldAbsender() {
        return OptionalText.trimmed(customFieldAbsender);
    }

    /** A JSON object: metadata field name → Paperless custom field name. */
    public Optional<String> customFieldsMapping() {
        return OptionalText.trimmed(customFieldsMapping);
    }

    public boolean enabled() {
        return enabled;
    }
}
