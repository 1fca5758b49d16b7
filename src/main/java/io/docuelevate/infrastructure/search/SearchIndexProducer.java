package io.docuelevate.infrastructure.search;

import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.infrastructure.config.SearchSettings;
import io.docuelevate.infrastructure.search.lucene.LuceneSearchIndex;
import io.docuelevate.infrastructure.search.meilisearch.MeilisearchOptions;
import io.docuelevate.infrastructure.search.meilisearch.MeilisearchSearchIndex;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Chooses the application's one {@link SearchIndex}: none when {@code ENABLE_SEARCH=false}, Meilisearch when
 * {@code MEILISEARCH_URL} is set, else the embedded Lucene index in {@code WORKDIR/index/lucene-9} (a folder
 * per index format, so an engine upgrade starts from an empty folder that the start-up reconciliation fills).
 * The embedded index is closed — and committed — when the application stops.
 */
@ApplicationScoped
public class SearchIndexProducer {

    private static final Logger LOG = Logger.getLogger(SearchIndexProducer.class.getName());

    static final String LUCENE_FOLDER = "lucene-9";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    @Inject
    SearchSettings settings;

    @Inject
    Workdir workdir;

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex() {
        if (!settings.enabled()) {
            LOG.info("Search: disabled (ENABLE_SEARCH=false)");
            return new DisabledSearchIndex();
        }
        return settings.meilisearchUrl()
                .<SearchIndex>map(url -> {
                    MeilisearchOptions options = new MeilisearchOptions(
                            url,
                            settings.meilisearchApiKey(),
                            settings.indexName(),
                            settings.taskTimeout(),
                            POLL_INTERVAL);
                    LOG.info(() -> "Search: Meilisearch " + options);
                    return new MeilisearchSearchIndex(options);
                })
                .orElseGet(() -> {
                    LuceneSearchIndex index = new LuceneSearchIndex(
                            workdir.root().resolve("index").resolve(LUCENE_FOLDER));
                    LOG.info(() -> "Search: embedded Lucene index in " + index.folder());
                    return index;
                });
    }

    void close(@Disposes SearchIndex index) {
        if (index instanceof LuceneSearchIndex lucene) {
            lucene.close();
        }
    }
}
