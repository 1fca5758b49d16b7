package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Metadata extraction settings (reference names, spec §5): which engine, where the OpenAI-compatible
 * model is, its model name, the prompt's token budget and the HTTP timeout. The API key is only handed
 * to the adapter; {@link #toString()} and {@link #describe()} never show it.
 *
 * <p>The AI is used when {@code AI_PROVIDER} is {@code ollama}, or when it is unset or another
 * OpenAI-compatible name ({@code openai}, {@code litellm}, {@code openrouter}…) and {@code OPENAI_API_KEY}
 * or {@code OPENAI_BASE_URL} is set; {@code none}/{@code offline}/{@code rules} forces the offline engine.
 */
@ApplicationScoped
public class MetadataSettings {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";
    public static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";
    static final Set<String> OFFLINE =
            Set.of("none", "off", "disabled", "offline", "rules", "rule-based", "rule_based");
    static final Set<String> NOT_OPENAI_COMPATIBLE = Set.of("azure", "anthropic", "gemini");

    @Inject
    @ConfigProperty(name = "AI_PROVIDER")
    Optional<String> provider;

    @Inject
    @ConfigProperty(name = "OPENAI_BASE_URL")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "OPENAI_API_KEY")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "OLLAMA_BASE_URL")
    Optional<String> ollamaBaseUrl;

    @Inject
    @ConfigProperty(name = "AI_MODEL")
    Optional<String> aiModel;

    @Inject
    @ConfigProperty(name = "OPENAI_MODEL")
    Optional<String> openaiModel;

    @Inject
    @ConfigProperty(name = "METADATA_MAX_INPUT_TOKENS")
    Optional<String> maxInputTokens;

    @Inject
    @ConfigProperty(name = "HTTP_REQUEST_TIMEOUT")
    Optional<String> requestTimeout;

    /** Which engine the settings ask for. */
    public enum Engine {
        OPENAI_COMPATIBLE,
        RULE_BASED
    }

    public Engine engine() {
        String name = provider().orElse("");
        if (OFFLINE.contains(name) || NOT_OPENAI_COMPATIBLE.contains(name)) {
            return Engine.RULE_BASED;
        }
        if (name.equals("ollama")) {
            return Engine.OPENAI_COMPATIBLE;
        }
        return apiKey().isPresent() || baseUrl.isPresent() ? Engine.OPENAI_COMPATIBLE : Engine.RULE_BASED;
    }

    /** {@code AI_PROVIDER} in lower case, if set. */
    public Optional<String> provider() {
        return provider.map(v -> v.toLowerCase(Locale.ROOT));
    }

    /** {@code OPENAI_BASE_URL}; for Ollama without it, {@code OLLAMA_BASE_URL}/v1. */
    public URI baseUrl() {
        Optional<String> explicit = baseUrl;
        String value;
        if (explicit.isPresent()) {
            value = explicit.get();
        } else if (provider().filter("ollama"::equals).isPresent()) {
            String ollama = ollamaBaseUrl.orElse(DEFAULT_OLLAMA_URL);
            value = (ollama.endsWith("/") ? ollama.substring(0, ollama.length() - 1) : ollama) + "/v1";
        } else {
            value = DEFAULT_BASE_URL;
        }
        try {
            URI uri = new URI(value);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidConfigurationException(
                        "OPENAI_BASE_URL '" + value + "' is invalid: use an http(s) URL such as " + DEFAULT_BASE_URL);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException(
                    "OPENAI_BASE_URL '" + value + "' is invalid: use an http(s) URL such as " + DEFAULT_BASE_URL);
        }
    }

    /** The API key, if one is set. Never log it. */
    public Optional<String> apiKey() {
        return apiKey;
    }

    /** {@code AI_MODEL}, else {@code OPENAI_MODEL}, else {@value #DEFAULT_MODEL}. */
    public String model() {
        return aiModel.or(() -> openaiModel).orElse(DEFAULT_MODEL);
    }

    /** {@code METADATA_MAX_INPUT_TOKENS}, default 8000, at least 1000. */
    public int maxInputTokens() {
        Optional<String> value = maxInputTokens;
        if (value.isEmpty()) {
            return 8000;
        }
        try {
            int tokens = Integer.parseInt(value.get().replace("_", ""));
            if (tokens >= 1000) {
                return tokens;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                "METADATA_MAX_INPUT_TOKENS '" + value.get() + "' is invalid: use a whole number of at least 1000");
    }

    /** {@code HTTP_REQUEST_TIMEOUT} in seconds (decimals allowed), default 120. */
    public Duration requestTimeout() {
        Optional<String> value = requestTimeout;
        if (value.isEmpty()) {
            return Duration.ofSeconds(120);
        }
        try {
            double seconds =
                    Double.parseDouble(value.get().replaceFirst("(?i)s$", "").strip());
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                "HTTP_REQUEST_TIMEOUT '" + value.get() + "' is invalid: use seconds, e.g. 120");
    }

    /** The chosen engine and its target for the startup log, without the key. */
    public String describe() {
        if (engine() == Engine.RULE_BASED) {
            return "offline rule-based extractor"
                    + provider()
                            .filter(NOT_OPENAI_COMPATIBLE::contains)
                            .map(p -> " (AI_PROVIDER '" + p
                                    + "' is not OpenAI-compatible; set OPENAI_BASE_URL to a compatible proxy)")
                            .orElse("");
        }
        return "OpenAI-compatible model " + model() + " at " + baseUrl() + " (API key "
                + (apiKey().isPresent() ? "set" : "not set") + ", timeout "
                + requestTimeout().toSeconds() + " s, input budget " + maxInputTokens()
                + " tokens), offline extractor as fallback";
    }

    @Override
    public String toString() {
        return "MetadataSettings[" + describe() + "]";
    }
}
