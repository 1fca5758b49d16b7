package io.docuelevate.infrastructure.config;

import static io.docuelevate.infrastructure.config.ConfiguredValues.configured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.MetadataExtractor;
import io.docuelevate.infrastructure.metadata.FallbackMetadataExtractor;
import io.docuelevate.infrastructure.metadata.MetadataExtractorProducer;
import io.docuelevate.infrastructure.metadata.OpenAiCompatibleMetadataExtractor;
import io.docuelevate.infrastructure.metadata.RuleBasedMetadataExtractor;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataSettingsTest {

    private static MetadataSettings settings(String provider, String baseUrl, String key) {
        MetadataSettings s = new MetadataSettings();
        s.provider = configured(provider);
        s.baseUrl = configured(baseUrl);
        s.apiKey = configured(key);
        s.ollamaBaseUrl = Optional.empty();
        s.aiModel = Optional.empty();
        s.openaiModel = Optional.empty();
        s.maxInputTokens = Optional.empty();
        s.requestTimeout = Optional.empty();
        return s;
    }

    @Test
    void withoutCredentialsTheOfflineEngineIsUsed() {
        assertEquals(
                MetadataSettings.Engine.RULE_BASED, settings(null, null, null).engine());
        assertEquals(
                MetadataSettings.Engine.RULE_BASED,
                settings("openai", null, "  ").engine());
        assertTrue(MetadataExtractorProducer.create(settings(null, null, null)) instanceof RuleBasedMetadataExtractor);
    }

    @Test
    void aKeyOrABaseUrlTurnsTheAiOnWithTheOfflineFallback() {
        MetadataSettings withKey = settings(null, null, "sk-abc");
        assertEquals(MetadataSettings.Engine.OPENAI_COMPATIBLE, withKey.engine());
        assertEquals(URI.create("https://api.openai.com/v1"), withKey.baseUrl());
        MetadataExtractor extractor =
                MetadataExtractorProducer.create(settings("openai", "'http://localhost:8000/v1'", null));
        assertTrue(extractor instanceof FallbackMetadataExtractor);
        OpenAiCompatibleMetadataExtractor ai =
                (OpenAiCompatibleMetadataExtractor) ((FallbackMetadataExtractor) extractor).primary();
        assertEquals(URI.create("http://localhost:8000/v1"), ai.options().baseUrl());
        assertEquals("gpt-4o-mini", ai.options().model());
        assertEquals(Duration.ofSeconds(120), ai.options().timeout());
        assertEquals(8000, ai.options().maxInputTokens());
    }

    @Test
    void ollamaNeedsNoKeyAndDefaultsToItsV1Endpoint() {
        MetadataSettings ollama = settings("Ollama", null, null);
        assertEquals(MetadataSettings.Engine.OPENAI_COMPATIBLE, ollama.engine());
        assertEquals(URI.create("http://localhost:11434/v1"), ollama.baseUrl());
        ollama.ollamaBaseUrl = Optional.of("http://ollama:11434/");
        assertEquals(URI.create("http://ollama:11434/v1"), ollama.baseUrl());
    }

    @Test
    void offlineAndUnsupportedProvidersUseTheRules() {
        assertEquals(
                MetadataSettings.Engine.RULE_BASED,
                settings("none", "http://x/v1", "k").engine());
        assertEquals(
                MetadataSettings.Engine.RULE_BASED,
                settings("anthropic", null, "k").engine());
        assertTrue(settings("anthropic", null, "k").describe().contains("not OpenAI-compatible"));
    }

    @Test
    void modelTokensAndTimeoutAreReadAndChecked() {
        MetadataSettings s = settings(null, null, "sk-secret-value");
        s.openaiModel = Optional.of("gpt-4.1-mini");
        assertEquals("gpt-4.1-mini", s.model());
        s.aiModel = Optional.of("llama3.1:8b");
        assertEquals("llama3.1:8b", s.model());
        s.maxInputTokens = Optional.of("12000");
        assertEquals(12000, s.maxInputTokens());
        s.maxInputTokens = Optional.of("500");
        assertThrows(InvalidConfigurationException.class, s::maxInputTokens);
        s.maxInputTokens = Optional.empty();
        s.requestTimeout = Optional.of("2.5");
        assertEquals(Duration.ofMillis(2500), s.requestTimeout());
        s.requestTimeout = Optional.of("soon");
        assertThrows(InvalidConfigurationException.class, s::requestTimeout);
        s.requestTimeout = Optional.empty();
        s.baseUrl = Optional.of("ftp://x");
        assertThrows(InvalidConfigurationException.class, s::baseUrl);
        s.baseUrl = Optional.empty();
        assertFalse(s.describe().contains("sk-secret-value"));
        assertFalse(s.toString().contains("sk-secret-value"));
    }
}
