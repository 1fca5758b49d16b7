package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.MetadataExtractor;
import io.docuelevate.infrastructure.config.MetadataSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes the application's one {@link MetadataExtractor} from {@link MetadataSettings}: the
 * OpenAI-compatible model with the offline engine as fallback when an AI is configured, else the offline
 * engine alone. Inject {@code MetadataExtractor} wherever metadata is needed.
 */
@ApplicationScoped
public class MetadataExtractorProducer {

    private static final Logger LOG = Logger.getLogger(MetadataExtractorProducer.class.getName());

    @Inject
    MetadataSettings settings;

    @Produces
    @ApplicationScoped
    MetadataExtractor metadataExtractor() {
        MetadataExtractor extractor = create(settings);
        LOG.info(() -> "Metadata: " + settings.describe());
        return extractor;
    }

    /** The extractor the settings ask for (also used by tools outside CDI). */
    public static MetadataExtractor create(MetadataSettings settings) {
        RuleBasedMetadataExtractor offline = new RuleBasedMetadataExtractor();
        if (settings.engine() == MetadataSettings.Engine.RULE_BASED) {
            return offline;
        }
        OpenAiCompatibleMetadataExtractor.Options options = new OpenAiCompatibleMetadataExtractor.Options(
                settings.baseUrl(),
                settings.apiKey().orElse(null),
                settings.model(),
                settings.maxInputTokens(),
                settings.requestTimeout());
        return new FallbackMetadataExtractor(new OpenAiCompatibleMetadataExtractor(options), offline);
    }
}
