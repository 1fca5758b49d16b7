package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Index;
import com.meilisearch.sdk.model.DocumentsQuery;
import com.meilisearch.sdk.model.TaskInfo;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SearchIndex} on Meilisearch through the official Java client (production: shared by every replica).
 * The index is created with its settings on first use ({@link MeilisearchIndexSetup}); documents are sent in
 * the reference's field names ({@link MeilisearchDocuments}), searches built by {@link MeilisearchRequests} and
 * read by {@link MeilisearchAnswers}. Every write is a Meilisearch task that is awaited, up to the configured
 * timeout ({@link MeilisearchTasks}), so a write that returns is searchable and a failed task is an error, not a
 * silent loss. Anything the engine refuses or cannot answer becomes a {@link SearchEngineException}
 * ({@link MeilisearchCalls}); the API key is never part of a message.
 */
public final class MeilisearchSearchIndex implements SearchIndex {

    /** How long a health check waits for {@code GET /health} (the client's own timeouts are 10 s). */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

    private static final int DOCUMENTS_PAGE = 1000;
    private static final ExecutorService HEALTH_CHECKS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "meilisearch-health");
        thread.setDaemon(true);
        return thread;
    });

    private final MeilisearchOptions options;
    private final MeilisearchCalls calls;
    private final MeilisearchTasks tasks;
    private final MeilisearchIndexSetup setup;

    public MeilisearchSearchIndex(MeilisearchOptions options) {
        this.options = options;
        this.calls = new MeilisearchCalls(options.url(), options.apiKey());
        this.tasks = new MeilisearchTasks(calls, options.taskTimeout(), options.pollInterval());
        this.setup = new MeilisearchIndexSetup(calls, tasks, options.indexName());
    }

    @Override
    public String engine() {
        return "meilisearch";
    }

    @Override
    public void index(SearchDocument document) {
        indexAll(List.of(document));
    }

    @Override
    public void indexAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Index index = setup.ready();
        List<String> batches = MeilisearchDocuments.batches(documents);
        List<TaskInfo> added = new ArrayList<>();
        calls.call("add documents", client -> {
            for (String batch : batches) {
                added.add(index.addDocuments(batch, MeilisearchDocuments.PRIMARY_KEY));
            }
            return null;
        });
        for (TaskInfo task : added) {
            tasks.await(task.getTaskUid(), "indexing " + documents.size() + " documents");
        }
    }

    @Override
    public void delete(long fileId) {
        Index index = setup.ready();
        TaskInfo task = calls.call("delete a document", client -> index.deleteDocument(Long.toString(fileId)));
        tasks.await(task.getTaskUid(), "deleting document " + fileId);
    }

    @Override
    public void deleteAll(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        Index index = setup.ready();
        List<String> ids = fileIds.stream().map(String::valueOf).toList();
        TaskInfo task = calls.call("delete documents", client -> index.deleteDocuments(ids));
        tasks.await(task.getTaskUid(), "deleting " + ids.size() + " documents");
    }

    @Override
    public void clear() {
        Index index = setup.ready();
        TaskInfo task = calls.call("delete all documents", client -> index.deleteAllDocuments());
        tasks.await(task.getTaskUid(), "clearing the index");
    }

    @Override
    public long count() {
        Index index = setup.ready();
        return calls.call("read index stats", client -> index.getStats().getNumberOfDocuments());
    }

    @Override
    public Set<Long> indexedFileIds() {
        Index index = setup.ready();
        Set<Long> ids = new HashSet<>();
        for (int offset = 0; ; offset += DOCUMENTS_PAGE) {
            DocumentsQuery page = new DocumentsQuery()
                    .setFields(new String[] {MeilisearchDocuments.PRIMARY_KEY})
                    .setLimit(DOCUMENTS_PAGE)
                    .setOffset(offset);
            JsonArray results = MeilisearchAnswers.parse(
                            calls.call("list documents", client -> index.getRawDocuments(page)))
                    .getJsonArray("results");
            for (JsonValue result : results) {
                if (result.asJsonObject().get(MeilisearchDocuments.PRIMARY_KEY) instanceof JsonNumber number) {
                    ids.add(number.longValue());
                }
            }
            if (results.size() < DOCUMENTS_PAGE) {
                return ids;
            }
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Index index = setup.ready();
        return MeilisearchAnswers.results(
                calls.call("search", client -> index.rawSearch(MeilisearchRequests.of(query))));
    }

    /** {@code GET /health} through the client, answered within {@link #HEALTH_TIMEOUT}. */
    @Override
    public ComponentHealth health() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("engine", engine());
        facts.put("index", options.indexName());
        facts.put("host", calls.host());
        CompletableFuture<String> answer =
                CompletableFuture.supplyAsync(() -> calls.call("check its health", Client::health), HEALTH_CHECKS);
        try {
            String status = answer.get(HEALTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (status != null && status.contains("available")) {
                return ComponentHealth.ok(facts);
            }
            return new ComponentHealth(ComponentHealth.Status.ERROR, "Meilisearch is not available: " + status, facts);
        } catch (ExecutionException e) {
            return new ComponentHealth(
                    ComponentHealth.Status.ERROR, e.getCause().getMessage(), facts);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new ComponentHealth(
                    ComponentHealth.Status.ERROR,
                    "Meilisearch at " + calls.host() + " did not answer its health check within "
                            + HEALTH_TIMEOUT.toSeconds() + " s",
                    facts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.error("interrupted");
        }
    }

    /** Starts a dump (POST /dumps) for the backup job and answers its task uid; the dump finishes in the background. */
    @Override
    public Optional<String> requestDump() {
        TaskInfo task = calls.call("create a dump", Client::createDump);
        return Optional.of(Integer.toString(task.getTaskUid()));
    }

    /** Waits for a task (e.g. a dump) like writes do; fails when it fails or times out. */
    public void awaitTask(int taskUid, String what) {
        tasks.await(taskUid, what);
    }
}
