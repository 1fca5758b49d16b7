package io.docuelevate.infrastructure.config;

import io.docuelevate.application.search.SearchOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Search engine settings (reference spec §5 names). Without {@code MEILISEARCH_URL} the embedded Lucene index
 * under {@code WORKDIR/index} is used. The API key is handed only to the Meilisearch adapter and never
 * appears in logs, answers or {@link #toString()}.
 */
@ApplicationScoped
public class SearchSettings implements SearchOptions {

    @Inject
    @ConfigProperty(name = "ENABLE_SEARCH")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "MEILISEARCH_URL")
    Optional<String> meilisearchUrl;

    @Inject
    @ConfigProperty(name = "MEILISEARCH_API_KEY")
    Optional<String> meilisearchApiKey;

    @Inject
    @ConfigProperty(name = "MEILISEARCH_INDEX_NAME")
    String indexName;

    /** Seconds to wait for a Meilisearch task (the reference's bulk confirmation timeout is 120 s). */
    @Inject
    @ConfigProperty(name = "SEARCH_TASK_TIMEOUT")
    int taskTimeoutSeconds;

    /** Seconds between search syncs (missed documents added, stale entries removed); 0 turns the sync off. */
    @Inject
    @ConfigProperty(name = "SEARCH_SYNC_INTERVAL")
    int syncIntervalSeconds;

    @Override
    public boolean enabled() {
        return enabled;
    }

    /** The Meilisearch base URL; empty means the embedded engine. */
    public Optional<String> meilisearchUrl() {
        Optional<String> url = meilisearchUrl;
        url.ifPresent(SearchSettings::validateUrl);
        return url;
    }

    public Optional<String> meilisearchApiKey() {
        return meilisearchApiKey;
    }

    public String indexName() {
        String name = indexName.trim();
        if (!name.matches("[A-Za-z0-9_-]{1,400}")) {
            throw new InvalidConfigurationException(
                    "MEILISEARCH_INDEX_NAME '" + indexName + "' is invalid: use letters, digits, '-' and '_'");
        }
        return name;
    }

    public Duration taskTimeout() {
        if (taskTimeoutSeconds < 1) {
            throw new InvalidConfigurationException(
                    "SEARCH_TASK_TIMEOUT must be at least 1 second, got " + taskTimeoutSeconds);
        }
        return Duration.ofSeconds(taskTimeoutSeconds);
    }

    /** The search sync interval; empty when the sync is off. */
    @Override
    public Optional<Duration> syncInterval() {
        if (syncIntervalSeconds < 0) {
            throw new InvalidConfigurationException(
                    "SEARCH_SYNC_INTERVAL must be 0 (off) or a number of seconds, got " + syncIntervalSeconds);
        }
        return syncIntervalSeconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(syncIntervalSeconds));
    }

    @Override
    public String toString() {
        return "SearchSettings[enabled=" + enabled + ", meilisearchUrl=" + meilisearchUrl.orElse("(embedded)")
                + ", apiKey=" + (meilisearchApiKey().isPresent() ? "(set)" : "(none)") + ", indexName=" + indexName
                + ", taskTimeout=" + taskTimeoutSeconds + "s, syncInterval=" + syncIntervalSeconds + "s]";
    }

    private static void validateUrl(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL with a host");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    "MEILISEARCH_URL '" + DatabaseUrl.mask(url) + "' is invalid: use http(s)://host:port");
        }
    }
}
