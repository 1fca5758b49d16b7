package io.docuelevate.infrastructure.search.meilisearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for the Meilisearch HTTP API (v1.x), implementing the documented endpoints the adapter
 * uses and checking every request against the documented wire format: the bearer key, JSON bodies with only
 * known fields of the right types, filters and sorts on declared attributes. Malformed requests get
 * Meilisearch-style errors ({@code {message, code, type, link}} with the documented status). Writes are
 * asynchronous tasks that go enqueued → processing → succeeded (or failed) as they are polled; a task can be
 * scripted to fail or to never finish. Search honours Meilisearch's limit of 65,535 word positions per
 * attribute (a word after a hard separator counts 8), so text beyond it is not found, as in the real engine.
 */
final class FakeMeilisearch implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        JsonValue json() {
            return parse(body);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    private static final int MAX_POSITIONS = 65_535;
    private static final Pattern HARD_SEPARATOR = Pattern.compile("[.!?;\\n]");
    private static final Set<String> SEARCH_FIELDS = Set.of(
            "q",
            "offset",
            "limit",
            "page",
            "hitsPerPage",
            "filter",
            "sort",
            "facets",
            "attributesToRetrieve",
            "attributesToHighlight",
            "attributesToCrop",
            "cropLength",
            "cropMarker",
            "highlightPreTag",
            "highlightPostTag",
            "showMatchesPosition",
            "showRankingScore",
            "showRankingScoreDetails",
            "matchingStrategy",
            "attributesToSearchOn",
            "rankingScoreThreshold",
            "locales",
            "distinct",
            "hybrid",
            "vector",
            "retrieveVectors");
    private static final Set<String> SETTINGS_FIELDS = Set.of(
            "displayedAttributes",
            "searchableAttributes",
            "filterableAttributes",
            "sortableAttributes",
            "rankingRules",
            "stopWords",
            "nonSeparatorTokens",
            "separatorTokens",
            "dictionary",
            "synonyms",
            "distinctAttribute",
            "proximityPrecision",
            "typoTolerance",
            "faceting",
            "pagination",
            "embedders",
            "searchCutoffMs",
            "localizedAttributes");
    private static final Set<String> RANKING_RULES =
            Set.of("words", "typo", "proximity", "attribute", "sort", "exactness");
    private static final Pattern INDEX_UID = Pattern.compile("[A-Za-z0-9_-]{1,400}");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,511}");
    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*([A-Za-z0-9_.]+)\\s*(=|!=|>=|<=|>|<)\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    private final HttpServer server;
    private final String apiKey;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Index> indexes = new ConcurrentHashMap<>();
    private final Map<Integer, Task> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger nextTaskUid = new AtomicInteger();
    private volatile String failNextTaskCode;
    private volatile boolean hangNextTask;

    private static final class Index {
        final String uid;
        volatile String primaryKey;
        final String createdAt = Instant.now().toString();
        final Map<String, JsonObject> documents = Collections.synchronizedMap(new TreeMap<>());
        volatile List<String> searchable = List.of("*");
        volatile List<String> filterable = List.of();
        volatile List<String> sortable = List.of();
        volatile List<String> rankingRules = List.copyOf(RANKING_RULES);
        volatile int maxTotalHits = 1000;

        Index(String uid, String primaryKey) {
            this.uid = uid;
            this.primaryKey = primaryKey;
        }
    }

    private static final class Task {
        final int uid;
        final String indexUid;
        final String type;
        final Runnable work;
        final String enqueuedAt = Instant.now().toString();
        volatile String status = "enqueued";
        volatile int polls;
        volatile JsonObject error;
        volatile boolean hang;
        volatile String failCode;

        Task(int uid, String indexUid, String type, Runnable work) {
            this.uid = uid;
            this.indexUid = indexUid;
            this.type = type;
            this.work = work;
        }
    }

    /** A failure inside a task (the task ends {@code failed} with this error). */
    private static final class TaskFailure extends RuntimeException {
        final String code;

        TaskFailure(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** An invalid request, answered at once with a Meilisearch error. */
    private static final class ApiError extends RuntimeException {
        final int status;
        final String code;
        final String type;

        ApiError(int status, String code, String type, String message) {
            super(message);
            this.status = status;
            this.code = code;
            this.type = type;
        }

        static ApiError invalid(String code, String message) {
            return new ApiError(400, code, "invalid_request", message);
        }
    }

    FakeMeilisearch(String apiKey) throws IOException {
        this.apiKey = apiKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /**
     * Requests to a path as Meilisearch routes it: its HTTP layer (actix-web {@code NormalizePath}) merges
     * repeated slashes and trims a trailing one, so {@code /indexes/x//settings} is {@code /indexes/x/settings}.
     * (meilisearch-java 0.15.0 does send {@code //settings}.)
     */
    List<Request> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && normalized(r.path()).equals(path))
                .toList();
    }

    static String normalized(String path) {
        String merged = path.replaceAll("/{2,}", "/");
        return merged.length() > 1 && merged.endsWith("/") ? merged.substring(0, merged.length() - 1) : merged;
    }

    void clearRequests() {
        requests.clear();
    }

    /** The next task created fails with this error code. */
    void failNextTask(String code) {
        failNextTaskCode = code;
    }

    /** The next task created stays enqueued forever. */
    void hangNextTask() {
        hangNextTask = true;
    }

    /** Stores a document as given, bypassing the adapter (to show what Meilisearch does with it). */
    void putRaw(String indexUid, JsonObject document) {
        Index index = indexes.computeIfAbsent(indexUid, uid -> new Index(uid, "file_id"));
        index.documents.put(documentId(document.get(index.primaryKey)), document);
    }

    JsonObject document(String indexUid, String id) {
        return indexes.get(indexUid).documents.get(id);
    }

    List<String> searchableAttributes(String indexUid) {
        return indexes.get(indexUid).searchable;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        Request request = new Request(method, path, query, Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        try {
            if (!(method.equals("GET") && path.equals("/health"))) {
                authenticate(request);
            }
            Object[] answer = route(request);
            send(exchange, (Integer) answer[0], (JsonValue) answer[1]);
        } catch (ApiError e) {
            send(exchange, e.status, error(e.code, e.type, e.getMessage()));
        } catch (RuntimeException e) {
            send(exchange, 500, error("internal", "internal", String.valueOf(e)));
        }
    }

    private void authenticate(Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            throw new ApiError(
                    401,
                    "missing_authorization_header",
                    "auth",
                    "The Authorization header is missing. It must use the bearer authorization method.");
        }
        if (!authorization.equals("Bearer " + apiKey)) {
            throw new ApiError(403, "invalid_api_key", "auth", "The provided API key is invalid.");
        }
    }

    private Object[] route(Request r) {
        List<String> parts = new ArrayList<>();
        for (String part : r.path().split("/")) {
            if (!part.isEmpty()) {
                parts.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        String m = r.method();
        if (parts.equals(List.of("health")) && m.equals("GET")) {
            return ok(200, Json.createObjectBuilder().add("status", "available").build());
        }
        if (parts.equals(List.of("dumps")) && m.equals("POST")) {
            requireEmptyOrJsonBody(r);
            return ok(202, summary(enqueue(null, "dumpCreation", () -> {})));
        }
        if (parts.size() == 2 && parts.get(0).equals("tasks") && m.equals("GET")) {
            return ok(200, task(Integer.parseInt(parts.get(1))));
        }
        if (parts.equals(List.of("indexes")) && m.equals("POST")) {
            return ok(202, createIndex(r));
        }
        if (parts.size() >= 2 && parts.get(0).equals("indexes")) {
            String uid = parts.get(1);
            List<String> rest = parts.subList(2, parts.size());
            if (rest.isEmpty() && m.equals("GET")) {
                return ok(200, indexObject(existing(uid)));
            }
            if (rest.equals(List.of("settings")) && m.equals("PATCH")) {
                return ok(202, updateSettings(uid, r));
            }
            if (rest.equals(List.of("stats")) && m.equals("GET")) {
                Index index = existing(uid);
                return ok(
                        200,
                        Json.createObjectBuilder()
                                .add("numberOfDocuments", index.documents.size())
                                .add("isIndexing", false)
                                .add("fieldDistribution", JsonValue.EMPTY_JSON_OBJECT)
                                .build());
            }
            if (rest.equals(List.of("documents")) && m.equals("POST")) {
                return ok(202, addDocuments(uid, r));
            }
            if (rest.equals(List.of("documents")) && m.equals("GET")) {
                return ok(200, listDocuments(existing(uid), r));
            }
            if (rest.equals(List.of("documents")) && m.equals("DELETE")) {
                Index index = existing(uid);
                return ok(202, summary(enqueue(uid, "documentDeletion", index.documents::clear)));
            }
            if (rest.equals(List.of("documents", "delete-batch")) && m.equals("POST")) {
                return ok(202, deleteBatch(uid, r));
            }
            if (rest.size() == 2 && rest.get(0).equals("documents") && m.equals("DELETE")) {
                Index index = existing(uid);
                String id = rest.get(1);
                return ok(202, summary(enqueue(uid, "documentDeletion", () -> index.documents.remove(id))));
            }
            if (rest.equals(List.of("search")) && m.equals("POST")) {
                return ok(200, search(existing(uid), r));
            }
        }
        throw new ApiError(404, "not_found", "invalid_request", "Route " + m + " " + r.path() + " not found");
    }

    private static Object[] ok(int status, JsonValue body) {
        return new Object[] {status, body};
    }

    private JsonObject createIndex(Request r) {
        JsonObject body = jsonObject(r, "bad_request");
        for (String key : body.keySet()) {
            if (!Set.of("uid", "primaryKey").contains(key)) {
                throw ApiError.invalid(
                        "bad_request", "Unknown field `" + key + "`: expected one of `uid`, `primaryKey`");
            }
        }
        if (!(body.get("uid") instanceof JsonString uid)) {
            throw ApiError.invalid("missing_index_uid", "Missing field `uid`");
        }
        if (!INDEX_UID.matcher(uid.getString()).matches()) {
            throw ApiError.invalid("invalid_index_uid", "`" + uid.getString() + "` is not a valid index uid");
        }
        JsonValue primaryKey = body.get("primaryKey");
        if (primaryKey != null && !(primaryKey instanceof JsonString) && primaryKey != JsonValue.NULL) {
            throw ApiError.invalid(
                    "invalid_index_primary_key", "Invalid value type at `.primaryKey`: expected a string");
        }
        String key = primaryKey instanceof JsonString s ? s.getString() : null;
        return summary(enqueue(uid.getString(), "indexCreation", () -> {
            if (indexes.containsKey(uid.getString())) {
                throw new TaskFailure("index_already_exists", "Index `" + uid.getString() + "` already exists.");
            }
            indexes.put(uid.getString(), new Index(uid.getString(), key));
        }));
    }

    private JsonObject updateSettings(String uid, Request r) {
        JsonObject body = jsonObject(r, "bad_request");
        for (String key : body.keySet()) {
            if (!SETTINGS_FIELDS.contains(key)) {
                throw ApiError.invalid("bad_request", "Unknown field `" + key + "`");
            }
        }
        List<String> searchable = stringList(body, "searchableAttributes", "invalid_settings_searchable_attributes");
        List<String> filterable = stringList(body, "filterableAttributes", "invalid_settings_filterable_attributes");
        List<String> sortable = stringList(body, "sortableAttributes", "invalid_settings_sortable_attributes");
        List<String> ranking = stringList(body, "rankingRules", "invalid_settings_ranking_rules");
        if (ranking != null) {
            for (String rule : ranking) {
                if (!RANKING_RULES.contains(rule) && !rule.matches("[A-Za-z0-9_.]+:(asc|desc)")) {
                    throw ApiError.invalid("invalid_settings_ranking_rules", "`" + rule + "` ranking rule is invalid.");
                }
            }
        }
        Integer maxTotalHits = null;
        if (body.containsKey("pagination")) {
            if (!(body.get("pagination") instanceof JsonObject pagination)
                    || pagination.keySet().stream().anyMatch(k -> !k.equals("maxTotalHits"))
                    || !(pagination.get("maxTotalHits") instanceof JsonNumber)) {
                throw ApiError.invalid("invalid_settings_pagination", "Invalid value at `.pagination`");
            }
            maxTotalHits = pagination.getInt("maxTotalHits");
        }
        Integer total = maxTotalHits;
        return summary(enqueue(uid, "settingsUpdate", () -> {
            Index index = indexes.computeIfAbsent(uid, u -> new Index(u, null));
            if (searchable != null) {
                index.searchable = searchable;
            }
            if (filterable != null) {
                index.filterable = filterable;
            }
            if (sortable != null) {
                index.sortable = sortable;
            }
            if (ranking != null) {
                index.rankingRules = ranking;
            }
            if (total != null) {
                index.maxTotalHits = total;
            }
        }));
    }

    private JsonObject addDocuments(String uid, Request r) {
        String contentType = r.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(
                    415,
                    "invalid_content_type",
                    "invalid_request",
                    "The Content-Type `" + contentType
                            + "` is invalid. Accepted values for the Content-Type header are:"
                            + " `application/json`, `application/x-ndjson`, `text/csv`");
        }
        JsonValue body = parseOrFail(r.body(), "malformed_payload");
        if (!(body instanceof JsonArray array)) {
            throw ApiError.invalid("malformed_payload", "The `json` payload must be an array of documents");
        }
        String primaryKeyParameter = queryParameter(r.query(), "primaryKey");
        List<JsonObject> documents = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject document)) {
                throw ApiError.invalid("malformed_payload", "The `json` payload must contain objects");
            }
            documents.add(document);
        }
        return summary(enqueue(uid, "documentAdditionOrUpdate", () -> {
            Index index = indexes.computeIfAbsent(uid, u -> new Index(u, primaryKeyParameter));
            if (index.primaryKey == null) {
                index.primaryKey = primaryKeyParameter;
            } else if (primaryKeyParameter != null && !primaryKeyParameter.equals(index.primaryKey)) {
                throw new TaskFailure(
                        "index_primary_key_already_exists",
                        "Index `" + uid + "`: Index already has a" + " primary key: `" + index.primaryKey + "`.");
            }
            for (JsonObject document : documents) {
                JsonValue id = document.get(index.primaryKey);
                if (id == null) {
                    throw new TaskFailure(
                            "missing_document_id",
                            "Document doesn't have a `" + index.primaryKey + "` attribute: `" + document + "`.");
                }
                index.documents.put(documentId(id), document);
            }
        }));
    }

    private JsonObject deleteBatch(String uid, Request r) {
        Index index = existing(uid);
        JsonValue body = parseOrFail(r.body(), "bad_request");
        if (!(body instanceof JsonArray array)) {
            throw ApiError.invalid("bad_request", "Invalid value type: expected an array");
        }
        List<String> ids = new ArrayList<>();
        for (JsonValue id : array) {
            ids.add(documentId(id));
        }
        return summary(enqueue(uid, "documentDeletion", () -> ids.forEach(index.documents::remove)));
    }

    private JsonObject listDocuments(Index index, Request r) {
        int offset = intParameter(r.query(), "offset", 0);
        int limit = intParameter(r.query(), "limit", 20);
        String fields = queryParameter(r.query(), "fields");
        List<JsonObject> all;
        synchronized (index.documents) {
            all = new ArrayList<>(index.documents.values());
        }
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonObject document : all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit))) {
            if (fields == null) {
                results.add(document);
            } else {
                JsonObjectBuilder selected = Json.createObjectBuilder();
                for (String field : fields.split(",")) {
                    if (document.containsKey(field)) {
                        selected.add(field, document.get(field));
                    }
                }
                results.add(selected);
            }
        }
        return Json.createObjectBuilder()
                .add("results", results)
                .add("offset", offset)
                .add("limit", limit)
                .add("total", all.size())
                .build();
    }

    private JsonObject search(Index index, Request r) {
        JsonObject body = jsonObject(r, "bad_request");
        for (String key : body.keySet()) {
            if (!SEARCH_FIELDS.contains(key)) {
                throw ApiError.invalid(
                        "bad_request",
                        "Unknown field `" + key + "`: expected one of " + String.join(", ", SEARCH_FIELDS));
            }
        }
        String q = body.get("q") instanceof JsonString s ? s.getString() : "";
        int page = positiveInt(body, "page", 1, "invalid_search_page");
        int hitsPerPage = positiveInt(body, "hitsPerPage", 20, "invalid_search_hits_per_page");
        List<List<String[]>> filter = filters(index, body.get("filter"));
        List<String[]> sort = sorts(index, body);
        List<String> facets = stringList(body, "facets", "invalid_search_facets");
        if (facets != null) {
            for (String facet : facets) {
                if (!index.filterable.contains(facet)) {
                    throw ApiError.invalid(
                            "invalid_search_facets",
                            "Invalid facet distribution, attribute `" + facet + "` is not filterable.");
                }
            }
        }
        List<String> retrieve = stringList(body, "attributesToRetrieve", "invalid_search_attributes_to_retrieve");
        List<String> highlight = stringList(body, "attributesToHighlight", "invalid_search_attributes_to_highlight");
        List<String> crop = stringList(body, "attributesToCrop", "invalid_search_attributes_to_crop");
        int cropLength = positiveInt(body, "cropLength", 10, "invalid_search_crop_length");
        String pre = body.getString("highlightPreTag", "<em>");
        String post = body.getString("highlightPostTag", "</em>");
        String marker = body.getString("cropMarker", "…");

        List<String> words = words(q);
        List<JsonObject> matches = new ArrayList<>();
        synchronized (index.documents) {
            for (JsonObject document : index.documents.values()) {
                if (matchesFilter(document, filter) && matchesWords(index, document, words)) {
                    matches.add(document);
                }
            }
        }
        if (!sort.isEmpty()) {
            String[] rule = sort.get(0);
            matches.sort((a, b) -> {
                boolean aMissing = !(a.get(rule[0]) instanceof JsonNumber);
                boolean bMissing = !(b.get(rule[0]) instanceof JsonNumber);
                if (aMissing || bMissing) {
                    return Boolean.compare(aMissing, bMissing);
                }
                int order = Double.compare(
                        a.getJsonNumber(rule[0]).doubleValue(),
                        b.getJsonNumber(rule[0]).doubleValue());
                return rule[1].equals("desc") ? -order : order;
            });
        }
        int total = Math.min(matches.size(), index.maxTotalHits);
        JsonArrayBuilder hits = Json.createArrayBuilder();
        int from = Math.min(total, (page - 1) * hitsPerPage);
        for (JsonObject document : matches.subList(from, Math.min(total, from + hitsPerPage))) {
            JsonObjectBuilder hit = Json.createObjectBuilder();
            document.forEach((key, value) -> {
                if (retrieve == null || retrieve.contains(key) || retrieve.contains("*")) {
                    hit.add(key, value);
                }
            });
            if (highlight != null || crop != null) {
                JsonObjectBuilder formatted = Json.createObjectBuilder();
                document.forEach((key, value) -> {
                    boolean marked = highlight != null && highlight.contains(key);
                    boolean cropped = crop != null && crop.contains(key);
                    boolean retrieved = retrieve == null || retrieve.contains(key);
                    if (!marked && !cropped && !retrieved) {
                        return;
                    }
                    formatted.add(
                            key, format(value, words, marked ? pre : null, post, cropped ? cropLength : 0, marker));
                });
                hit.add("_formatted", formatted);
            }
            if (body.getBoolean("showRankingScore", false)) {
                hit.add("_rankingScore", 0.5);
            }
            hits.add(hit);
        }
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("hits", hits)
                .add("query", q)
                .add("processingTimeMs", 1)
                .add("hitsPerPage", hitsPerPage)
                .add("page", page)
                .add("totalPages", (total + hitsPerPage - 1) / hitsPerPage)
                .add("totalHits", total);
        if (facets != null) {
            JsonObjectBuilder distribution = Json.createObjectBuilder();
            for (String facet : facets) {
                Map<String, Integer> counts = new TreeMap<>();
                for (JsonObject document : matches) {
                    JsonValue value = document.get(facet);
                    if (value instanceof JsonString s) {
                        counts.merge(s.getString(), 1, Integer::sum);
                    } else if (value instanceof JsonArray array) {
                        array.stream()
                                .filter(v -> v instanceof JsonString)
                                .forEach(v -> counts.merge(((JsonString) v).getString(), 1, Integer::sum));
                    }
                }
                JsonObjectBuilder values = Json.createObjectBuilder();
                counts.forEach(values::add);
                distribution.add(facet, values);
            }
            answer.add("facetDistribution", distribution).add("facetStats", JsonValue.EMPTY_JSON_OBJECT);
        }
        return answer.build();
    }

    private List<List<String[]>> filters(Index index, JsonValue filter) {
        List<List<String[]>> and = new ArrayList<>();
        if (filter == null || filter == JsonValue.NULL) {
            return and;
        }
        List<JsonValue> items = filter instanceof JsonArray array ? array : List.of(filter);
        for (JsonValue item : items) {
            if (item instanceof JsonString expression) {
                and.add(conjunction(index, expression.getString()));
            } else {
                throw ApiError.invalid(
                        "invalid_search_filter",
                        "Invalid value type at `.filter`: expected a string or" + " an array of strings, found: `"
                                + item + "`");
            }
        }
        return and;
    }

    /** One filter string: comparisons joined by AND. */
    private List<String[]> conjunction(Index index, String expression) {
        List<String[]> comparisons = new ArrayList<>();
        for (String part : expression.split("\\s+AND\\s+")) {
            Matcher matcher = COMPARISON.matcher(part);
            if (!matcher.matches()) {
                throw ApiError.invalid(
                        "invalid_search_filter",
                        "Was expecting an operation `=`, `!=`, `>=`, `>`," + " `<=`, `<`, ... at `" + part + "`.");
            }
            String attribute = matcher.group(1);
            if (!index.filterable.contains(attribute)) {
                throw ApiError.invalid(
                        "invalid_search_filter",
                        "Attribute `" + attribute + "` is not filterable." + " Available filterable attributes are: `"
                                + String.join(", ", index.filterable) + "`.");
            }
            String value = matcher.group(4) != null
                    ? matcher.group(4).replace("\\\"", "\"").replace("\\\\", "\\")
                    : matcher.group(3);
            comparisons.add(new String[] {attribute, matcher.group(2), value, matcher.group(4) != null ? "s" : "n"});
        }
        return comparisons;
    }

    private List<String[]> sorts(Index index, JsonObject body) {
        List<String> sort = stringList(body, "sort", "invalid_search_sort");
        List<String[]> rules = new ArrayList<>();
        if (sort == null) {
            return rules;
        }
        for (String rule : sort) {
            Matcher matcher = Pattern.compile("([A-Za-z0-9_.]+):(asc|desc)").matcher(rule);
            if (!matcher.matches()) {
                throw ApiError.invalid(
                        "invalid_search_sort",
                        "Invalid syntax for the sort parameter: expected"
                                + " expression ending by `:asc` or `:desc`, found `" + rule + "`.");
            }
            if (!index.sortable.contains(matcher.group(1))) {
                throw ApiError.invalid("invalid_search_sort", "Attribute `" + matcher.group(1) + "` is not sortable.");
            }
            rules.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return rules;
    }

    private static boolean matchesFilter(JsonObject document, List<List<String[]>> filter) {
        for (List<String[]> conjunction : filter) {
            for (String[] c : conjunction) {
                if (!compare(document.get(c[0]), c[1], c[2], c[3].equals("s"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean compare(JsonValue actual, String operator, String expected, boolean quoted) {
        if (actual instanceof JsonArray array) {
            return array.stream().anyMatch(item -> compare(item, operator, expected, quoted));
        }
        if (actual == null || actual == JsonValue.NULL) {
            return operator.equals("!=");
        }
        if (actual instanceof JsonNumber number && !quoted) {
            int order = Double.compare(number.doubleValue(), Double.parseDouble(expected));
            return switch (operator) {
                case "=" -> order == 0;
                case "!=" -> order != 0;
                case ">=" -> order >= 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order < 0;
            };
        }
        String text = actual instanceof JsonString s ? s.getString() : actual.toString();
        boolean equal = text.equalsIgnoreCase(expected);
        return operator.equals("!=") != equal;
    }

    /** All query words occur among the first 65,535 positions of some searchable attribute. */
    private static boolean matchesWords(Index index, JsonObject document, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            boolean found = false;
            for (Map.Entry<String, JsonValue> field : document.entrySet()) {
                boolean searchable = index.searchable.contains("*") || index.searchable.contains(field.getKey());
                if (searchable && indexedWords(field.getValue()).contains(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The words Meilisearch keeps of an attribute: positions advance 1, or 8 after a hard separator. */
    static Set<String> indexedWords(JsonValue value) {
        String text;
        if (value instanceof JsonString s) {
            text = s.getString();
        } else if (value instanceof JsonArray array) {
            StringBuilder joined = new StringBuilder();
            array.forEach(item -> joined.append(item instanceof JsonString s ? s.getString() : item.toString())
                    .append(". "));
            text = joined.toString();
        } else if (value instanceof JsonNumber number) {
            text = number.toString();
        } else {
            return Set.of();
        }
        Set<String> words = new java.util.HashSet<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int position = -1;
        int previousEnd = 0;
        while (word.find()) {
            String separator = text.substring(previousEnd, word.start());
            position += position < 0 ? 1 : (HARD_SEPARATOR.matcher(separator).find() ? 8 : 1);
            if (position >= MAX_POSITIONS) {
                break;
            }
            words.add(word.group().toLowerCase(Locale.ROOT));
            previousEnd = word.end();
        }
        return words;
    }

    private static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(q);
        while (word.find() && words.size() < 10) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Highlights query words with the tags and crops to {@code cropLength} words around the first match. */
    private static JsonValue format(
            JsonValue value, List<String> words, String pre, String post, int cropLength, String marker) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            array.forEach(item -> items.add(format(item, words, pre, post, 0, marker)));
            return items.build();
        }
        if (!(value instanceof JsonString s)) {
            return value;
        }
        String text = s.getString();
        List<int[]> tokens = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        int firstMatch = -1;
        while (word.find()) {
            tokens.add(new int[] {word.start(), word.end()});
            if (firstMatch < 0 && words.contains(word.group().toLowerCase(Locale.ROOT))) {
                firstMatch = tokens.size() - 1;
            }
        }
        int from = 0;
        int to = text.length();
        boolean cutBefore = false;
        boolean cutAfter = false;
        if (cropLength > 0 && tokens.size() > cropLength) {
            int first = Math.max(0, (firstMatch < 0 ? 0 : firstMatch) - cropLength / 2);
            int last = Math.min(tokens.size() - 1, first + cropLength - 1);
            first = Math.max(0, last - cropLength + 1);
            from = tokens.get(first)[0];
            to = tokens.get(last)[1];
            cutBefore = first > 0;
            cutAfter = last < tokens.size() - 1;
        }
        StringBuilder out = new StringBuilder();
        if (cutBefore) {
            out.append(marker);
        }
        int position = from;
        for (int[] token : tokens) {
            if (token[0] < from || token[1] > to) {
                continue;
            }
            out.append(text, position, token[0]);
            String w = text.substring(token[0], token[1]);
            if (pre != null && words.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(pre).append(w).append(post);
            } else {
                out.append(w);
            }
            position = token[1];
        }
        out.append(text, position, to);
        if (cutAfter) {
            out.append(marker);
        }
        return Json.createValue(out.toString());
    }

    private Task enqueue(String indexUid, String type, Runnable work) {
        Task task = new Task(nextTaskUid.getAndIncrement(), indexUid, type, work);
        if (failNextTaskCode != null) {
            task.failCode = failNextTaskCode;
            failNextTaskCode = null;
        }
        if (hangNextTask) {
            task.hang = true;
            hangNextTask = false;
        }
        tasks.put(task.uid, task);
        return task;
    }

    /** Polling advances a task: enqueued → processing → succeeded or failed. */
    private JsonObject task(int uid) {
        Task task = tasks.get(uid);
        if (task == null) {
            throw new ApiError(404, "task_not_found", "invalid_request", "Task `" + uid + "` not found.");
        }
        synchronized (task) {
            if (!task.hang && (task.status.equals("enqueued") || task.status.equals("processing"))) {
                task.polls++;
                if (task.polls == 1) {
                    task.status = "processing";
                } else if (task.failCode != null) {
                    task.status = "failed";
                    task.error = error(task.failCode, "invalid_request", "Scripted failure of task " + uid);
                } else {
                    try {
                        task.work.run();
                        task.status = "succeeded";
                    } catch (TaskFailure e) {
                        task.status = "failed";
                        task.error = error(e.code, "invalid_request", e.getMessage());
                    }
                }
            }
        }
        String now = Instant.now().toString();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("uid", task.uid)
                .add("batchUid", task.status.equals("enqueued") ? JsonValue.NULL : Json.createValue(task.uid))
                .add("status", task.status)
                .add("type", task.type)
                .add("canceledBy", JsonValue.NULL)
                .add("details", JsonValue.EMPTY_JSON_OBJECT)
                .add("error", task.error == null ? JsonValue.NULL : task.error)
                .add(
                        "duration",
                        task.status.equals("succeeded") || task.status.equals("failed")
                                ? Json.createValue("PT0.001S")
                                : JsonValue.NULL)
                .add("enqueuedAt", task.enqueuedAt)
                .add("startedAt", task.status.equals("enqueued") ? JsonValue.NULL : Json.createValue(now))
                .add(
                        "finishedAt",
                        task.status.equals("succeeded") || task.status.equals("failed")
                                ? Json.createValue(now)
                                : JsonValue.NULL);
        json.add("indexUid", task.indexUid == null ? JsonValue.NULL : Json.createValue(task.indexUid));
        return json.build();
    }

    private static JsonObject summary(Task task) {
        return Json.createObjectBuilder()
                .add("taskUid", task.uid)
                .add("indexUid", task.indexUid == null ? JsonValue.NULL : Json.createValue(task.indexUid))
                .add("status", "enqueued")
                .add("type", task.type)
                .add("enqueuedAt", task.enqueuedAt)
                .build();
    }

    private Index existing(String uid) {
        Index index = indexes.get(uid);
        if (index == null) {
            throw new ApiError(404, "index_not_found", "invalid_request", "Index `" + uid + "` not found.");
        }
        return index;
    }

    private static JsonObject indexObject(Index index) {
        return Json.createObjectBuilder()
                .add("uid", index.uid)
                .add("createdAt", index.createdAt)
                .add("updatedAt", index.createdAt)
                .add("primaryKey", index.primaryKey == null ? JsonValue.NULL : Json.createValue(index.primaryKey))
                .build();
    }

    private static JsonObject error(String code, String type, String message) {
        return Json.createObjectBuilder()
                .add("message", message)
                .add("code", code)
                .add("type", type)
                .add("link", "https://docs.meilisearch.com/errors#" + code)
                .build();
    }

    private static void requireEmptyOrJsonBody(Request r) {
        if (!r.body().isBlank()) {
            parseOrFail(r.body(), "bad_request");
        }
    }

    private static JsonObject jsonObject(Request r, String code) {
        String contentType = r.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(
                    415,
                    "invalid_content_type",
                    "invalid_request",
                    "The Content-Type `" + contentType
                            + "` is invalid. Accepted values for the Content-Type header are: `application/json`");
        }
        JsonValue body = parseOrFail(r.body(), code);
        if (!(body instanceof JsonObject object)) {
            throw ApiError.invalid(code, "Invalid value type: expected an object");
        }
        return object;
    }

    private static List<String> stringList(JsonObject body, String field, String code) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
            throw ApiError.invalid(
                    code,
                    "Invalid value type at `." + field + "`: expected an array of strings, found: `" + value + "`");
        }
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static int positiveInt(JsonObject body, String field, int fallback, String code) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 0) {
            throw ApiError.invalid(
                    code,
                    "Invalid value type at `." + field + "`: expected a positive integer, found: `" + value + "`");
        }
        return number.intValue();
    }

    private static String documentId(JsonValue id) {
        String text = id instanceof JsonNumber number && number.isIntegral()
                ? number.bigIntegerValue().toString()
                : id instanceof JsonString s ? s.getString() : null;
        if (text == null || !DOCUMENT_ID.matcher(text).matches()) {
            throw new TaskFailure("invalid_document_id", "Document identifier `" + id + "` is invalid.");
        }
        return text;
    }

    private static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static int intParameter(String query, String name, int fallback) {
        String value = queryParameter(query, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(
                    "invalid_document_" + name,
                    "Invalid value in parameter `" + name + "`: could not" + " parse `" + value
                            + "` as a positive integer");
        }
    }

    private static JsonValue parseOrFail(String body, String code) {
        try {
            return parse(body);
        } catch (RuntimeException e) {
            throw ApiError.invalid(code, "The json payload provided is malformed. `" + e.getMessage() + "`.");
        }
    }

    static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static void send(HttpExchange exchange, int status, JsonValue body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
