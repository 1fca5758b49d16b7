package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.Index;
import com.meilisearch.sdk.exceptions.MeilisearchApiException;
import com.meilisearch.sdk.model.Pagination;
import com.meilisearch.sdk.model.Settings;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The Meilisearch index and its settings: created on first use in this process with primary key
 * {@code file_id} and the reference's searchable, filterable and sortable attributes and ranking rules (spec
 * §2.7 step 5), plus {@code owner_id} and {@code correspondent} as filters (per-user isolation and the
 * correspondent facet) and the text chunks of {@link TextChunks} as searchable attributes.
 */
final class MeilisearchIndexSetup {

    private static final Logger LOG = Logger.getLogger(MeilisearchIndexSetup.class.getName());

    static final int MAX_TOTAL_HITS = SearchQuery.MAX_RESULT_WINDOW;
    static final List<String> SEARCHABLE_BEFORE_CHUNKS = List.of("document_title", "original_filename");
    static final List<String> SEARCHABLE_AFTER_FIRST_CHUNK =
            List.of("tags", "sender", "recipient", "document_type", "correspondent");
    static final List<String> FILTERABLE = List.of(
            "mime_type",
            "document_type",
            "language",
            "tags",
            "sender",
            "created_at_ts",
            "file_id",
            "ocr_text_length",
            "confidence_score",
            "is_private",
            "correspondent",
            "owner_id");
    static final List<String> SORTABLE = List.of("created_at_ts", "file_size", "confidence_score");
    static final List<String> RANKING_RULES = List.of("words", "typo", "proximity", "attribute", "sort", "exactness");

    private final MeilisearchCalls calls;
    private final MeilisearchTasks tasks;
    private final String indexName;
    private final Object setup = new Object();
    private volatile boolean ready;

    MeilisearchIndexSetup(MeilisearchCalls calls, MeilisearchTasks tasks, String indexName) {
        this.calls = calls;
        this.tasks = tasks;
        this.indexName = indexName;
    }

    /** The settings this adapter gives the index. */
    static Settings settings() {
        List<String> searchable = new ArrayList<>(SEARCHABLE_BEFORE_CHUNKS);
        searchable.add(TextChunks.FIRST);
        searchable.addAll(SEARCHABLE_AFTER_FIRST_CHUNK);
        searchable.addAll(TextChunks.attributes().subList(1, TextChunks.MAX_CHUNKS));
        return new Settings()
                .setSearchableAttributes(searchable.toArray(String[]::new))
                .setFilterableAttributes(FILTERABLE.toArray(String[]::new))
                .setSortableAttributes(SORTABLE.toArray(String[]::new))
                .setRankingRules(RANKING_RULES.toArray(String[]::new))
                .setPagination(new Pagination(MAX_TOTAL_HITS));
    }

    /** The index, created with its settings on first use in this process. */
    Index ready() {
        if (!ready) {
            synchronized (setup) {
                if (!ready) {
                    createUnlessPresent();
                    Index index = open();
                    tasks.await(
                            calls.call("update settings", client -> index.updateSettings(settings()))
                                    .getTaskUid(),
                            "applying the index settings");
                    ready = true;
                }
            }
        }
        return open();
    }

    private Index open() {
        return calls.call("open the index", client -> client.index(indexName));
    }

    private void createUnlessPresent() {
        try {
            calls.call("read the index", client -> client.getIndex(indexName));
        } catch (SearchEngineException e) {
            if (!(e.getCause() instanceof MeilisearchApiException api) || !"index_not_found".equals(api.getCode())) {
                throw e;
            }
            LOG.info(() -> "creating Meilisearch index " + indexName);
            tasks.await(
                    calls.call(
                                    "create the index",
                                    client -> client.createIndex(indexName, MeilisearchDocuments.PRIMARY_KEY))
                            .getTaskUid(),
                    "creating index " + indexName);
        }
    }
}
