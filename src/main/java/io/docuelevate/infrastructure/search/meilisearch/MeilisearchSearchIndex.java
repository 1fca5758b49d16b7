package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Config;
import com.meilisearch.sdk.Index;
import com.meilisearch.sdk.SearchRequest;
import com.meilisearch.sdk.exceptions.MeilisearchApiException;
import com.meilisearch.sdk.exceptions.MeilisearchCommunicationException;
import com.meilisearch.sdk.exceptions.MeilisearchException;
import com.meilisearch.sdk.exceptions.MeilisearchTimeoutException;
import com.meilisearch.sdk.model.DocumentsQuery;
import com.meilisearch.sdk.model.Pagination;
import com.meilisearch.sdk.model.Settings;
import com.meilisearch.sdk.model.Task;
import com.meilisearch.sdk.model.TaskError;
import com.meilisearch.sdk.model.TaskInfo;
import com.meilisearch.sdk.model.TaskStatus;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchIndex;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchResults;
import io.docuelevate.infrastructure.search.Snippets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@link SearchIndex} on Meilisearch through the official Java client (production: shared by every replica).
 * The index ({@code MEILISEARCH_INDEX_NAME}, primary key {@code file_id}) is created on first use with the
 * reference's searchable, filterable and sortable attributes and ranking rules (spec §2.7 step 5), plus
 * {@code owner_id} and {@code correspondent} as filters (per-user isolation and the correspondent facet) and
 * the text chunks of {@link TextChunks}. Every write is a Meilisearch task that is awaited, up to the
 * configured timeout, so a write that returns is searchable and a failed task is an error, not a silent loss.
 * Anything the engine refuses or cannot answer becomes a {@link SearchEngineException}; the API key is never
 * part of a message.
 */
public final class MeilisearchSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(MeilisearchSearchIndex.class.getName());

    static final String PRIMARY_KEY = "file_id";
    static final String PRE = "\u0001";
    static final String POST = "\u0002";
    /** Words kept around the first match of a text chunk (about 200 characters). */
    static final int CROP_WORDS = 30;
    static final int SNIPPET_CHARS = 200;
    static final int MAX_TOTAL_HITS = SearchQuery.MAX_RESULT_WINDOW;
    /** Most JSON bytes per document batch (Meilisearch accepts 100 MB; the client times out writes after 10 s). */
    static final int MAX_BATCH_BYTES = 8 * 1024 * 1024;

    static final List<String> SEARCHABLE_BEFORE_CHUNKS = List.of("document_title", "original_filename");
    static final List<String> SEARCHABLE_AFTER_FIRST_CHUNK = List.of("tags", "sender", "recipient", "document_type",
            "correspondent");
    static final List<String> FILTERABLE = List.of("mime_type", "document_type", "language", "tags", "sender",
            "created_at_ts", "file_id", "ocr_text_length", "confidence_score", "is_private", "correspondent", "owner_id");
    static final List<String> SORTABLE = List.of("created_at_ts", "file_size", "confidence_score");
    static final List<String> RANKING_RULES = List.of("words", "typo", "proximity", "attribute", "sort", "exactness");
    static final List<String> RETRIEVED = List.of("file_id", "original_filename", "document_title", "document_type",
            "tags", "sender", "recipient", "correspondent", "language", "reference_number", "mime_type", "file_size",
            "confidence_score", "created_at_ts", "ocr_text_length", "is_private");
    static final List<String> HIGHLIGHTED_FIELDS = List.of("document_title", "original_filename", "tags", "sender",
            "recipient", "document_type", "correspondent");

    private final MeilisearchOptions options;
    private final Client client;
    private final HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Object setup = new Object();
    private volatile boolean ready;

    public MeilisearchSearchIndex(MeilisearchOptions options) {
        this.options = options;
        this.client = new Client(new Config(options.url(), options.apiKey().orElse("")));
    }

    @Override
    public String engine() {
        return "meilisearch";
    }

    /** The settings this adapter gives the index (package-visible for the contract test). */
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

    @Override
    public void index(SearchDocument document) {
        indexAll(List.of(document));
    }

    @Override
    public void indexAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        Index index = ready();
        List<String> batches = batches(documents);
        List<TaskInfo> tasks = new ArrayList<>();
        call("add documents", () -> {
            for (String batch : batches) {
                tasks.add(index.addDocuments(batch, PRIMARY_KEY));
            }
            return null;
        });
        for (TaskInfo task : tasks) {
            await(task, "indexing " + documents.size() + " documents");
        }
    }

    @Override
    public void delete(long fileId) {
        Index index = ready();
        await(call("delete a document", () -> index.deleteDocument(Long.toString(fileId))), "deleting document " + fileId);
    }

    @Override
    public void deleteAll(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return;
        }
        Index index = ready();
        List<String> ids = fileIds.stream().map(String::valueOf).toList();
        await(call("delete documents", () -> index.deleteDocuments(ids)), "deleting " + ids.size() + " documents");
    }

    @Override
    public void clear() {
        Index index = ready();
        await(call("delete all documents", index::deleteAllDocuments), "clearing the index");
    }

    @Override
    public long count() {
        Index index = ready();
        return call("read index stats", () -> index.getStats().getNumberOfDocuments());
    }

    @Override
    public Set<Long> indexedFileIds() {
        Index index = ready();
        Set<Long> ids = new HashSet<>();
        int pageSize = 1000;
        for (int offset = 0; ; offset += pageSize) {
            int from = offset;
            String raw = call("list documents", () -> index.getRawDocuments(new DocumentsQuery()
                    .setFields(new String[] {PRIMARY_KEY}).setLimit(pageSize).setOffset(from)));
            JsonObject page = parse(raw);
            JsonArray results = page.getJsonArray("results");
            for (JsonValue result : results) {
                JsonValue id = result.asJsonObject().get(PRIMARY_KEY);
                if (id instanceof JsonNumber number) {
                    ids.add(number.longValue());
                }
            }
            if (results.size() < pageSize) {
                return ids;
            }
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Index index = ready();
        List<String> chunks = TextChunks.attributes();
        List<String> highlighted = new ArrayList<>(HIGHLIGHTED_FIELDS);
        highlighted.addAll(chunks);
        SearchRequest request = SearchRequest.builder()
                .q(query.text())
                .page(query.page())
                .hitsPerPage(query.perPage())
                .filter(MeilisearchFilters.of(query).toArray(String[]::new))
                .sort(MeilisearchFilters.sort(query).map(sort -> new String[] {sort}).orElse(null))
                .facets(SearchResults.FACETS.toArray(String[]::new))
                .attributesToRetrieve(RETRIEVED.toArray(String[]::new))
                .attributesToHighlight(highlighted.toArray(String[]::new))
                .attributesToCrop(chunks.toArray(String[]::new))
                .cropLength(CROP_WORDS)
                .highlightPreTag(PRE)
                .highlightPostTag(POST)
                .showRankingScore(true)
                .build();
        JsonObject response = parse(call("search", () -> index.rawSearch(request)));
        List<SearchHit> hits = new ArrayList<>();
        for (JsonValue hit : response.getJsonArray("hits")) {
            hits.add(hit(hit.asJsonObject()));
        }
        long total = response.containsKey("totalHits") ? response.getJsonNumber("totalHits").longValue()
                : response.getJsonNumber("estimatedTotalHits").longValue();
        return new SearchResults(hits, total, facets(response.getJsonObject("facetDistribution")));
    }

    @Override
    public ComponentHealth health() {
        URI uri = URI.create(options.url().replaceAll("/+$", "") + "/health");
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("engine", engine());
        facts.put("index", options.indexName());
        facts.put("host", uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        try {
            HttpResponse<String> answer = healthClient.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 200 && answer.body().contains("available")) {
                return ComponentHealth.ok(facts);
            }
            return new ComponentHealth(ComponentHealth.Status.ERROR, "Meilisearch answered HTTP " + answer.statusCode(),
                    facts);
        } catch (IOException e) {
            return new ComponentHealth(ComponentHealth.Status.ERROR, "cannot reach Meilisearch at " + facts.get("host")
                    + ": " + e.getClass().getSimpleName(), facts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.error("interrupted");
        }
    }

    /** Starts a dump (POST /dumps) for the backup job and answers its task uid; the dump finishes in the background. */
    @Override
    public Optional<String> requestDump() {
        TaskInfo task = call("create a dump", client::createDump);
        return Optional.of(Integer.toString(task.getTaskUid()));
    }

    /** Waits for a task (e.g. a dump) like writes do; fails when it fails or times out. */
    public void awaitTask(int taskUid, String what) {
        awaitUid(taskUid, what);
    }

    /** The index, created with its settings on first use in this process. */
    private Index ready() {
        if (ready) {
            return call("open the index", () -> client.index(options.indexName()));
        }
        synchronized (setup) {
            if (!ready) {
                try {
                    client.getIndex(options.indexName());
                } catch (MeilisearchApiException e) {
                    if (!"index_not_found".equals(e.getCode())) {
                        throw failure("read the index", e);
                    }
                    LOG.info(() -> "creating Meilisearch index " + options.indexName());
                    await(call("create the index", () -> client.createIndex(options.indexName(), PRIMARY_KEY)),
                            "creating index " + options.indexName());
                } catch (MeilisearchException e) {
                    throw failure("read the index", e);
                }
                Index index = call("open the index", () -> client.index(options.indexName()));
                await(call("update settings", () -> index.updateSettings(settings())), "applying the index settings");
                ready = true;
            }
        }
        return call("open the index", () -> client.index(options.indexName()));
    }

    private void await(TaskInfo task, String what) {
        awaitUid(task.getTaskUid(), what);
    }

    private void awaitUid(int uid, String what) {
        long deadline = System.nanoTime() + options.taskTimeout().toNanos();
        long pause = 10;
        while (true) {
            Task task = call("read task " + uid, () -> client.getTask(uid));
            TaskStatus status = task.getStatus();
            if (status == TaskStatus.SUCCEEDED) {
                return;
            }
            if (status == TaskStatus.FAILED || status == TaskStatus.CANCELED) {
                TaskError error = task.getError();
                throw new SearchEngineException(what + ": Meilisearch task " + uid + " "
                        + status.name().toLowerCase(Locale.ROOT)
                        + (error == null ? "" : " (" + error.getCode() + ": " + error.getMessage() + ")"));
            }
            if (System.nanoTime() > deadline) {
                throw new SearchEngineException(what + ": Meilisearch task " + uid + " did not finish within "
                        + options.taskTimeout().toSeconds() + " s (SEARCH_TASK_TIMEOUT)");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchEngineException(what + ": interrupted while waiting for Meilisearch task " + uid, e);
            }
            pause = Math.min(options.pollInterval().toMillis(), pause * 2);
        }
    }

    private interface Call<T> {
        T run() throws MeilisearchException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (MeilisearchException e) {
            throw failure(what, e);
        } catch (RuntimeException e) {
            if (e instanceof SearchEngineException engineFailure) {
                throw engineFailure;
            }
            throw new SearchEngineException("cannot " + what + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private SearchEngineException failure(String what, MeilisearchException e) {
        if (e instanceof MeilisearchApiException api) {
            return new SearchEngineException("Meilisearch refused to " + what + " (" + api.getCode() + ": "
                    + api.getMessage() + ")", e);
        }
        if (e instanceof MeilisearchCommunicationException || e instanceof MeilisearchTimeoutException) {
            return new SearchEngineException("cannot reach Meilisearch at " + host() + " to " + what
                    + " (" + rootCause(e) + ")", e);
        }
        return new SearchEngineException("cannot " + what + " in Meilisearch (" + rootCause(e) + ")", e);
    }

    private String host() {
        URI uri = URI.create(options.url());
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Documents as JSON arrays of at most {@link #MAX_BATCH_BYTES} bytes each. */
    static List<String> batches(Collection<SearchDocument> documents) {
        List<String> batches = new ArrayList<>();
        StringBuilder current = new StringBuilder("[");
        for (SearchDocument document : documents) {
            String json = toJson(document).toString();
            if (current.length() > 1 && current.length() + json.length() + 1 > MAX_BATCH_BYTES / 2) {
                batches.add(current.append(']').toString());
                current = new StringBuilder("[");
            }
            if (current.length() > 1) {
                current.append(',');
            }
            current.append(json);
        }
        batches.add(current.append(']').toString());
        return batches;
    }

    /** One document in the reference's field names, its text split into chunk attributes. */
    static JsonObject toJson(SearchDocument d) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("file_id", d.fileId());
        nullable(json, "owner_id", d.ownerId());
        nullable(json, "original_filename", d.originalFilename());
        nullable(json, "document_title", d.documentTitle());
        nullable(json, "document_type", d.documentType());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        d.tags().forEach(tags::add);
        json.add("tags", tags);
        nullable(json, "sender", d.sender());
        nullable(json, "recipient", d.recipient());
        nullable(json, "correspondent", d.correspondent());
        nullable(json, "language", d.language());
        nullable(json, "reference_number", d.referenceNumber());
        nullable(json, "mime_type", d.mimeType());
        json.add("file_size", d.fileSize());
        if (d.confidenceScore() == null) {
            json.addNull("confidence_score");
        } else {
            json.add("confidence_score", d.confidenceScore());
        }
        json.add("created_at_ts", d.createdAt().getEpochSecond());
        TextChunks.split(d.text()).forEach(json::add);
        json.add("ocr_text_length", d.textLength());
        json.add("is_private", d.privateDocument());
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static JsonObject parse(String raw) {
        try (JsonReader reader = Json.createReader(new StringReader(raw))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SearchEngineException("Meilisearch answered something that is not a JSON object", e);
        }
    }

    private static SearchHit hit(JsonObject hit) {
        JsonObject formatted = hit.containsKey("_formatted") && hit.get("_formatted") instanceof JsonObject object
                ? object : JsonValue.EMPTY_JSON_OBJECT;
        Map<String, Object> marked = new LinkedHashMap<>();
        for (String field : HIGHLIGHTED_FIELDS) {
            JsonValue value = formatted.get(field);
            if (value instanceof JsonString text) {
                marked.put(field, Snippets.fromMarkers(text.getString(), PRE, POST, Integer.MAX_VALUE));
            } else if (value instanceof JsonArray array) {
                List<String> values = new ArrayList<>();
                for (JsonValue item : array) {
                    if (item instanceof JsonString text) {
                        values.add(Snippets.fromMarkers(text.getString(), PRE, POST, Integer.MAX_VALUE));
                    }
                }
                marked.put(field, values);
            }
        }
        String snippet = null;
        for (String chunk : TextChunks.attributes()) {
            if (formatted.get(chunk) instanceof JsonString text && (snippet == null || text.getString().contains(PRE))) {
                snippet = text.getString();
                if (snippet.contains(PRE)) {
                    break;
                }
            }
        }
        if (snippet != null) {
            marked.put("ocr_text", Snippets.fromMarkers(snippet, PRE, POST, SNIPPET_CHARS));
        }
        Double score = hit.get("_rankingScore") instanceof JsonNumber number ? number.doubleValue() : null;
        return new SearchHit(hit.getJsonNumber("file_id").longValue(), string(hit, "original_filename"),
                string(hit, "document_title"), string(hit, "document_type"), strings(hit, "tags"),
                string(hit, "sender"), string(hit, "recipient"), string(hit, "correspondent"), string(hit, "language"),
                string(hit, "reference_number"), string(hit, "mime_type"), number(hit, "file_size", 0L),
                hit.get("confidence_score") instanceof JsonNumber confidence ? confidence.intValue() : null,
                number(hit, "created_at_ts", 0L), (int) number(hit, "ocr_text_length", 0L),
                hit.getBoolean("is_private", false), marked, score);
    }

    private static String string(JsonObject object, String field) {
        return object.get(field) instanceof JsonString text ? text.getString() : null;
    }

    private static long number(JsonObject object, String field, long fallback) {
        return object.get(field) instanceof JsonNumber number ? number.longValue() : fallback;
    }

    private static List<String> strings(JsonObject object, String field) {
        List<String> values = new ArrayList<>();
        if (object.get(field) instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    values.add(text.getString());
                }
            }
        }
        return values;
    }

    private static Map<String, Map<String, Long>> facets(JsonObject distribution) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : SearchResults.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (distribution != null && distribution.get(facet) instanceof JsonObject values) {
                values.entrySet().stream()
                        .filter(entry -> entry.getValue() instanceof JsonNumber)
                        .sorted((a, b) -> {
                            int byCount = Long.compare(((JsonNumber) b.getValue()).longValue(),
                                    ((JsonNumber) a.getValue()).longValue());
                            return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
                        })
                        .forEach(entry -> counts.put(entry.getKey(), ((JsonNumber) entry.getValue()).longValue()));
            }
            facets.put(facet, counts);
        }
        return facets;
    }
}
