package io.docuelevate.infrastructure.search.meilisearch;

import static io.docuelevate.infrastructure.search.SearchDocuments.document;
import static io.docuelevate.infrastructure.search.SearchDocuments.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchQuery.Filters;
import io.docuelevate.domain.search.SearchQuery.SortBy;
import io.docuelevate.domain.search.SearchQuery.SortOrder;
import io.docuelevate.domain.search.SearchQuery.TextQuality;
import io.docuelevate.domain.search.SearchQuery.Visibility;
import io.docuelevate.domain.search.SearchResults;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Meilisearch adapter against {@link FakeMeilisearch}, a local server that implements the documented
 * endpoints it uses (index creation and settings, documents, search, tasks, dumps) and rejects requests that
 * do not follow the documented wire format. Runs without a server of ours and without Meilisearch.
 */
class MeilisearchSearchIndexContractIT {

    private static final String KEY = "test-master-key-0123456789";
    private static final String INDEX = "documents";

    private FakeMeilisearch meili;
    private MeilisearchSearchIndex index;

    @BeforeEach
    void start() throws IOException {
        meili = new FakeMeilisearch(KEY);
        index = adapter(meili.url(), Optional.of(KEY), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        meili.close();
    }

    private static MeilisearchSearchIndex adapter(String url, Optional<String> key, Duration timeout) {
        return new MeilisearchSearchIndex(new MeilisearchOptions(url, key, INDEX, timeout, Duration.ofMillis(20)));
    }

    @Test
    void firstUseCreatesTheIndexWithPrimaryKeyAndTheReferenceSettings() {
        index.index(document(1).text("hello").build());

        List<FakeMeilisearch.Request> creations = meili.requests("POST", "/indexes");
        assertEquals(1, creations.size());
        assertEquals(
                Json.createObjectBuilder()
                        .add("uid", INDEX)
                        .add("primaryKey", "file_id")
                        .build(),
                creations.get(0).json());
        List<FakeMeilisearch.Request> settings = meili.requests("PATCH", "/indexes/documents/settings");
        assertEquals(1, settings.size());
        JsonObject body = settings.get(0).json().asJsonObject();
        List<String> searchable = strings(body.getJsonArray("searchableAttributes"));
        assertEquals(
                List.of(
                        "document_title",
                        "original_filename",
                        "ocr_text",
                        "tags",
                        "sender",
                        "recipient",
                        "document_type",
                        "correspondent"),
                searchable.subList(0, 8));
        assertEquals(
                TextChunks.attributes().subList(1, TextChunks.MAX_CHUNKS), searchable.subList(8, searchable.size()));
        assertTrue(strings(body.getJsonArray("filterableAttributes"))
                .containsAll(List.of(
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
                        "owner_id",
                        "correspondent")));
        assertEquals(
                List.of("created_at_ts", "file_size", "confidence_score"),
                strings(body.getJsonArray("sortableAttributes")));
        assertEquals(
                List.of("words", "typo", "proximity", "attribute", "sort", "exactness"),
                strings(body.getJsonArray("rankingRules")));
        assertEquals(
                SearchQuery.MAX_RESULT_WINDOW, body.getJsonObject("pagination").getInt("maxTotalHits"));

        for (FakeMeilisearch.Request request : meili.requests()) {
            assertEquals("Bearer " + KEY, request.header("Authorization"), request.method() + " " + request.path());
        }
        assertTrue(meili.requests("GET", "/tasks/0").size() >= 2, "index creation task awaited until it succeeded");

        meili.clearRequests();
        index.index(document(2).text("again").build());
        assertEquals(0, meili.requests("POST", "/indexes").size(), "created once");
    }

    @Test
    void documentsCarryTheReferenceFieldsAndTheirTaskIsAwaited() {
        index.index(document(7)
                .owner("alice")
                .title("Rechnung März")
                .filename("rechnung.pdf")
                .type("Invoice")
                .tags("Strom", "Energie")
                .sender("Stadtwerke")
                .recipient("Max")
                .correspondent("Stadtwerke")
                .language("de")
                .reference("R-42")
                .size(1234)
                .confidence(88)
                .created(Instant.ofEpochSecond(1_767_225_600))
                .text("Abschlag Strom")
                .build());

        FakeMeilisearch.Request add =
                meili.requests("POST", "/indexes/documents/documents").get(0);
        assertEquals("primaryKey=file_id", add.query());
        assertTrue(add.header("Content-Type").startsWith("application/json"));
        JsonObject sent = add.json().asJsonArray().getJsonObject(0);
        assertEquals(7, sent.getInt("file_id"));
        assertEquals("alice", sent.getString("owner_id"));
        assertEquals("Rechnung März", sent.getString("document_title"));
        assertEquals("rechnung.pdf", sent.getString("original_filename"));
        assertEquals("Invoice", sent.getString("document_type"));
        assertEquals(List.of("Strom", "Energie"), strings(sent.getJsonArray("tags")));
        assertEquals("Stadtwerke", sent.getString("sender"));
        assertEquals("Max", sent.getString("recipient"));
        assertEquals("de", sent.getString("language"));
        assertEquals("R-42", sent.getString("reference_number"));
        assertEquals("application/pdf", sent.getString("mime_type"));
        assertEquals(1234, sent.getInt("file_size"));
        assertEquals(88, sent.getInt("confidence_score"));
        assertEquals(1_767_225_600L, sent.getJsonNumber("created_at_ts").longValue());
        assertEquals("Abschlag Strom", sent.getString("ocr_text"));
        assertEquals(14, sent.getInt("ocr_text_length"));
        assertFalse(sent.getBoolean("is_private"));
        assertEquals(1, index.count());
        assertNotNull(meili.document(INDEX, "7"), "stored once the task succeeded");
    }

    @Test
    void aLongTextIsSplitSoWordsPastTheAttributeLimitAreStillFound() {
        String body =
                IntStream.range(0, 120_000).mapToObj(i -> "wort" + (i % 97)).collect(Collectors.joining(". "));
        String text = body + ". zebrafinale";
        index.index(document(1).text(text).build());

        JsonObject stored = meili.document(INDEX, "1");
        assertTrue(stored.containsKey("ocr_text_2"), "split into chunks");
        assertEquals(text.length(), stored.getInt("ocr_text_length"));
        StringBuilder rebuilt = new StringBuilder();
        for (String chunk : TextChunks.attributes()) {
            if (stored.containsKey(chunk)) {
                rebuilt.append(stored.getString(chunk));
            }
        }
        assertEquals(text, rebuilt.toString(), "chunks add up to the whole text");
        assertEquals(List.of(1L), ids(index.search(query("zebrafinale"))));

        meili.putRaw(
                INDEX,
                Json.createObjectBuilder()
                        .add("file_id", 2)
                        .add("ocr_text", text)
                        .build());
        assertEquals(
                List.of(1L),
                ids(index.search(query("zebrafinale"))),
                "the same text in one attribute loses its last word: the limit the chunks avoid");
    }

    @Test
    void searchSendsFiltersSortFacetsHighlightAndCropAndReadsTheAnswer() {
        index.indexAll(List.of(
                document(1)
                        .owner("alice")
                        .title("Invoice <March>")
                        .type("Invoice")
                        .tags("Strom")
                        .language("de")
                        .correspondent("Stadtwerke")
                        .confidence(70)
                        .text("Lorem ipsum dolor sit amet. ".repeat(20) + "Your invoice total is 42 EUR. "
                                + "Consectetur adipiscing. ".repeat(20))
                        .build(),
                document(2)
                        .owner("alice")
                        .type("Contract")
                        .tags("Strom")
                        .language("de")
                        .text("invoice contract")
                        .build(),
                document(3).owner("bob").type("Invoice").text("invoice of bob").build()));
        meili.clearRequests();

        Filters filters = new Filters(
                "application/pdf",
                "Invoice",
                "de",
                List.of("Strom"),
                "Sender \"quoted\"",
                TextQuality.MEDIUM,
                Instant.ofEpochSecond(100),
                Instant.ofEpochSecond(2_000_000_000),
                "Stadtwerke");
        SearchQuery query = new SearchQuery(
                "invoice", filters, SortBy.CREATED_AT, SortOrder.ASC, 1, 20, Visibility.ownedBy("alice"));
        index.search(query);

        JsonObject sent = meili.requests("POST", "/indexes/documents/search")
                .get(0)
                .json()
                .asJsonObject();
        assertEquals("invoice", sent.getString("q"));
        assertEquals(1, sent.getInt("page"));
        assertEquals(20, sent.getInt("hitsPerPage"));
        assertEquals(
                List.of(
                        "owner_id = \"alice\"",
                        "mime_type = \"application/pdf\"",
                        "document_type = \"Invoice\"",
                        "language = \"de\"",
                        "sender = \"Sender \\\"quoted\\\"\"",
                        "correspondent = \"Stadtwerke\"",
                        "tags = \"Strom\"",
                        "ocr_text_length >= 500",
                        "ocr_text_length < 2000",
                        "created_at_ts >= 100",
                        "created_at_ts <= 2000000000"),
                strings(sent.getJsonArray("filter")));
        assertEquals(List.of("created_at_ts:asc"), strings(sent.getJsonArray("sort")));
        assertEquals(
                List.of("document_type", "language", "tags", "mime_type", "correspondent"),
                strings(sent.getJsonArray("facets")));
        assertTrue(strings(sent.getJsonArray("attributesToHighlight"))
                .containsAll(List.of("document_title", "ocr_text", "ocr_text_2")));
        assertTrue(strings(sent.getJsonArray("attributesToCrop")).contains("ocr_text"));
        assertFalse(strings(sent.getJsonArray("attributesToRetrieve")).contains("ocr_text"), "no raw text in hits");
        assertEquals(MeilisearchRequests.CROP_WORDS, sent.getInt("cropLength"));
        assertEquals(MeilisearchRequests.PRE, sent.getString("highlightPreTag"));
        assertEquals(MeilisearchRequests.POST, sent.getString("highlightPostTag"));
        assertTrue(sent.getBoolean("showRankingScore"));

        SearchResults plain = index.search(new SearchQuery(
                "invoice", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC, 1, 20, Visibility.ownedBy("alice")));
        assertEquals(2, plain.total());
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(plain)));
        assertEquals(Map.of("Invoice", 1L, "Contract", 1L), plain.facets().get("document_type"));
        assertEquals(Map.of("Strom", 2L), plain.facets().get("tags"));
        SearchHit first =
                plain.hits().stream().filter(h -> h.fileId() == 1).findFirst().orElseThrow();
        assertEquals("<mark>Invoice</mark> &lt;March&gt;", first.formatted().get("document_title"));
        String snippet = (String) first.formatted().get("ocr_text");
        assertTrue(snippet.contains("Your <mark>invoice</mark> total"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertEquals(List.of("Strom"), first.tags());
        assertEquals(70, first.confidenceScore());
        assertEquals(0.5, first.rankingScore());
        assertEquals("de", first.language());
    }

    @Test
    void relevanceSearchSendsNoSortAndEveryOrderMapsToTheSortableAttributes() {
        index.index(document(1).text("x").build());
        meili.clearRequests();
        index.search(query("x"));
        for (SortBy sort : List.of(SortBy.FILE_SIZE, SortBy.CONFIDENCE_SCORE)) {
            index.search(new SearchQuery("x", Filters.NONE, sort, SortOrder.DESC, 1, 20, Visibility.all()));
        }
        List<FakeMeilisearch.Request> searches = meili.requests("POST", "/indexes/documents/search");
        assertFalse(searches.get(0).json().asJsonObject().containsKey("sort"));
        assertEquals(
                List.of("file_size:desc"),
                strings(searches.get(1).json().asJsonObject().getJsonArray("sort")));
        assertEquals(
                List.of("confidence_score:desc"),
                strings(searches.get(2).json().asJsonObject().getJsonArray("sort")));
        assertFalse(
                searches.get(0).json().asJsonObject().containsKey("filter")
                        && !searches.get(0)
                                .json()
                                .asJsonObject()
                                .getJsonArray("filter")
                                .isEmpty(),
                "no owner filter when the caller may see everything");
    }

    @Test
    void deletesClearsCountsAndListsIds() {
        index.indexAll(List.of(
                document(1).text("a").build(),
                document(2).text("b").build(),
                document(3).text("c").build()));

        index.delete(2);
        assertEquals(
                1, meili.requests("DELETE", "/indexes/documents/documents/2").size());
        assertEquals(Set.of(1L, 3L), index.indexedFileIds());
        FakeMeilisearch.Request list =
                meili.requests("GET", "/indexes/documents/documents").get(0);
        assertTrue(list.query().contains("fields=file_id") && list.query().contains("limit=1000"), list.query());

        index.deleteAll(List.of(1L, 3L));
        assertEquals(0, index.count());
        assertEquals(1, meili.requests("GET", "/indexes/documents/stats").size());

        index.index(document(4).text("d").build());
        index.clear();
        assertEquals(1, meili.requests("DELETE", "/indexes/documents/documents").size());
        assertEquals(0, index.count());
    }

    @Test
    void aFailedTaskIsAnErrorWithMeilisearchsReason() {
        index.index(document(1).text("a").build());
        meili.failNextTask("invalid_document_fields");

        SearchEngineException error = assertThrows(
                SearchEngineException.class,
                () -> index.index(document(2).text("b").build()));

        assertTrue(
                error.getMessage().contains("failed") && error.getMessage().contains("invalid_document_fields"),
                error.getMessage());
    }

    @Test
    void aTaskThatDoesNotFinishInTimeIsAnError() {
        MeilisearchSearchIndex impatient = adapter(meili.url(), Optional.of(KEY), Duration.ofSeconds(1));
        impatient.index(document(1).text("a").build());
        meili.hangNextTask();

        long started = System.nanoTime();
        SearchEngineException error = assertThrows(SearchEngineException.class, () -> impatient.delete(1));

        assertTrue(error.getMessage().contains("did not finish within 1 s"), error.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5_000);
    }

    @Test
    void aWrongKeyOrAnUnreachableEngineIsAnErrorThatNeverShowsTheKey() throws IOException {
        MeilisearchSearchIndex wrongKey = adapter(meili.url(), Optional.of("not-the-key"), Duration.ofSeconds(5));
        SearchEngineException refused = assertThrows(SearchEngineException.class, () -> wrongKey.search(query("x")));
        assertTrue(refused.getMessage().contains("invalid_api_key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-key"));

        MeilisearchSearchIndex noKey = adapter(meili.url(), Optional.empty(), Duration.ofSeconds(5));
        SearchEngineException missing = assertThrows(SearchEngineException.class, () -> noKey.count());
        assertTrue(missing.getMessage().contains("missing_authorization_header"), missing.getMessage());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MeilisearchSearchIndex down =
                adapter("http://127.0.0.1:" + closedPort, Optional.of(KEY), Duration.ofSeconds(5));
        SearchEngineException unreachable = assertThrows(SearchEngineException.class, () -> down.search(query("x")));
        assertTrue(
                unreachable.getMessage().contains("cannot reach Meilisearch at 127.0.0.1:" + closedPort),
                unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains(KEY));
        ComponentHealth health = down.health();
        assertEquals(ComponentHealth.Status.ERROR, health.status());
        assertFalse(health.toJson().toString().contains(KEY));
    }

    @Test
    void healthAsksTheHealthEndpoint() {
        ComponentHealth health = index.health();
        assertEquals(ComponentHealth.Status.OK, health.status(), String.valueOf(health.detail()));
        assertEquals("meilisearch", health.facts().get("engine"));
        assertEquals(INDEX, health.facts().get("index"));
        assertEquals(1, meili.requests("GET", "/health").size());
    }

    @Test
    void aDumpIsRequestedWithPostDumps() {
        Optional<String> task = index.requestDump();

        assertTrue(task.isPresent());
        FakeMeilisearch.Request dump = meili.requests("POST", "/dumps").get(0);
        assertEquals("Bearer " + KEY, dump.header("Authorization"));
        index.awaitTask(Integer.parseInt(task.get()), "dump");
    }

    @Test
    void theFakeRejectsMalformedRequestsLikeMeilisearch() throws Exception {
        index.index(document(1).text("a").build());
        HttpClient http = HttpClient.newHttpClient();

        assertEquals(
                400,
                post(http, "/indexes/documents/search", "{\"q\":\"a\",\"filter\":\"not_declared = 1\"}")
                        .statusCode());
        assertEquals(
                400,
                post(http, "/indexes/documents/search", "{\"q\":\"a\",\"sort\":[\"ocr_text:asc\"]}")
                        .statusCode());
        assertEquals(
                400,
                post(http, "/indexes/documents/search", "{\"q\":\"a\",\"unknownParameter\":1}")
                        .statusCode());
        assertEquals(
                400,
                post(http, "/indexes/documents/search", "{\"q\":\"a\",\"facets\":[\"ocr_text\"]}")
                        .statusCode());
        assertEquals(400, post(http, "/indexes", "{\"uid\":\"bad uid!\"}").statusCode());
        var answer = post(http, "/indexes/documents/search", "{\"q\":\"a\",\"filter\":\"not_declared = 1\"}");
        JsonObject error = FakeMeilisearch.parse(answer.body()).asJsonObject();
        assertEquals("invalid_search_filter", error.getString("code"));
        assertEquals("invalid_request", error.getString("type"));
        assertTrue(error.getString("link").contains("invalid_search_filter"));
    }

    private HttpResponse<String> post(HttpClient http, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(meili.url() + path))
                        .header("Authorization", "Bearer " + KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::fileId).toList();
    }
}
