package io.docuelevate.infrastructure.search.meilisearch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Meilisearch: base URL, optional API key (sent as {@code Authorization: Bearer}, never logged:
 * {@link #toString()} leaves it out), index name, how long to wait for a task and how often to ask.
 */
public record MeilisearchOptions(
        String url, Optional<String> apiKey, String indexName, Duration taskTimeout, Duration pollInterval) {

    public MeilisearchOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(taskTimeout, "taskTimeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
    }

    @Override
    public String toString() {
        return "MeilisearchOptions[url=" + url + ", apiKey=" + (apiKey.isPresent() ? "(set)" : "(none)")
                + ", indexName=" + indexName + ", taskTimeout=" + taskTimeout + ", pollInterval=" + pollInterval + "]";
    }
}
