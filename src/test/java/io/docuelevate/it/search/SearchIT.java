package io.docuelevate.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Full-text search through the API on a real server with the embedded Lucene index: words of a scanned
 * (OCR'd) document are found, German and English plurals find singulars, filters, facets and highlights,
 * deleted documents disappear, saved searches, and a rebuild from an empty index gives the same answers.
 * Documents become searchable through the pipeline's {@code index_document} step; the rebuild test then
 * checks that {@code POST /api/admin/search/reindex} and the start-up reconciliation give the same answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {

    private static final Duration WITHIN = Duration.ofSeconds(240);
    private static LibertyServer server;
    private static long rechnung;
    private static long invoice;
    private static long letter;
    private static long scanned;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-search").start();
        rechnung = upload(
                "rechnung.pdf",
                TestDocuments.textPdf(
                        "Stadtwerke Musterstadt GmbH",
                        "Rechnung Nr. 2026-0042",
                        "Abschlag Strom Januar docuelevate",
                        "Gesamtbetrag 118,00 EUR"));
        invoice = upload(
                "invoice.pdf",
                TestDocuments.textPdf(
                        "Brightline Hosting Ltd",
                        "Invoice 7781",
                        "Monthly hosting invoices are due within 14 days docuelevate",
                        "Total amount due: 49.00 GBP"));
        letter = upload(
                "letter.pdf",
                TestDocuments.textPdf(
                        "Dear customer,",
                        "your contract renewal <script>alert(1)</script>",
                        "kind regards docuelevate"));
        scanned = upload("linn-scan.pdf", TestDocuments.scannedPdf(TestDocuments.CORPUS.resolve("linn.png"), 1));
        for (long id : List.of(rechnung, invoice, letter, scanned)) {
            JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);
            assertEquals("completed", Documents.status(detail), detail.toString());
            assertEquals("success", Documents.stepStatus(detail, "index_document"), detail.toString());
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @Order(1)
    void wordsOfAScannedDocumentAreFound() throws IOException {
        String expected = Files.readString(TestDocuments.CORPUS.resolve("linn.txt"));
        assertTrue(expected.contains("Sequencer") && expected.contains("overdubbed"));
        assertTrue(ids(search("q=LinnSequencer")).contains(scanned), "a word of the scan's title");
        assertTrue(ids(search("q=overdubbed")).contains(scanned), "a word deep in the scan's text");
        assertTrue(ids(search("q=" + enc("\"MIDI keyboard\""))).contains(scanned), "a phrase of the scan");
    }

    @Test
    @Order(2)
    void germanAndEnglishPluralsFindTheSingular() {
        JsonObject answer = search("q=Rechnungen");
        assertEquals(Set.of(rechnung), ids(answer));
        String snippet = result(answer, rechnung).getJsonObject("_formatted").getString("ocr_text");
        assertTrue(snippet.contains("<mark>Rechnung</mark>"), snippet);

        assertTrue(ids(search("q=invoice")).contains(invoice));
        assertTrue(ids(search("q=hosting+invoicing")).contains(invoice));
    }

    @Test
    @Order(3)
    void answersFollowTheReferenceContractWithHighlightsAndWithoutRawText() {
        JsonObject answer = search("q=docuelevate&per_page=2&page=1");
        assertEquals(3, answer.getInt("total"));
        assertEquals(2, answer.getInt("pages"));
        assertEquals(1, answer.getInt("page"));
        assertEquals("docuelevate", answer.getString("query"));
        assertEquals("relevance", answer.getString("sort_by"));
        assertEquals("desc", answer.getString("sort_order"));
        assertEquals(2, answer.getJsonArray("results").size());
        for (JsonValue value : answer.getJsonArray("results")) {
            JsonObject hit = value.asJsonObject();
            assertFalse(hit.containsKey("ocr_text"), "no raw text: " + hit);
            for (String field : List.of(
                    "file_id",
                    "original_filename",
                    "document_title",
                    "mime_type",
                    "file_size",
                    "created_at_ts",
                    "ocr_text_length",
                    "is_private",
                    "tags",
                    "ranking_score")) {
                assertTrue(hit.containsKey(field), field + " in " + hit);
            }
            String snippet = hit.getJsonObject("_formatted").getString("ocr_text");
            assertTrue(snippet.contains("<mark>docuelevate</mark>") && snippet.length() < 300, snippet);
        }
        JsonObject second = search("q=docuelevate&per_page=2&page=2");
        assertEquals(1, second.getJsonArray("results").size());

        String escaped =
                result(search("q=renewal"), letter).getJsonObject("_formatted").getString("ocr_text");
        assertTrue(escaped.contains("&lt;script&gt;") && !escaped.contains("<script>"), escaped);
    }

    @Test
    @Order(4)
    void filtersFacetsAndOrder() {
        JsonObject all = search("q=docuelevate");
        JsonObject facets = all.getJsonObject("facets");
        assertEquals(3, facets.getJsonObject("mime_type").getInt("application/pdf"));
        for (String facet : List.of("document_type", "language", "tags", "correspondent")) {
            assertTrue(facets.containsKey(facet), facet);
        }
        assertEquals(3, search("q=docuelevate&mime_type=application/pdf").getInt("total"));
        assertEquals(0, search("q=docuelevate&mime_type=image/png").getInt("total"));
        assertEquals(3, search("q=docuelevate&text_quality=low").getInt("total"));
        assertEquals(0, search("q=docuelevate&text_quality=high").getInt("total"));
        assertTrue(ids(search("q=sequencer&text_quality=high")).contains(scanned));
        assertEquals(0, search("q=docuelevate&date_from=4102444800").getInt("total"), "from 2100 on: nothing");
        assertEquals(3, search("q=docuelevate&date_to=4102444800").getInt("total"));

        List<Long> sizes = search("q=docuelevate&sort_by=file_size&sort_order=asc").getJsonArray("results").stream()
                .map(v -> v.asJsonObject().getJsonNumber("file_size").longValue())
                .toList();
        assertEquals(sizes.stream().sorted().toList(), sizes);
        List<Long> newestFirst = search("q=docuelevate&sort_by=created_at").getJsonArray("results").stream()
                .map(v -> v.asJsonObject().getJsonNumber("created_at_ts").longValue())
                .toList();
        assertEquals(newestFirst.stream().sorted((a, b) -> Long.compare(b, a)).toList(), newestFirst);
    }

    @Test
    @Order(5)
    void invalidRequestsAre422AndTheEngineIsInTheHealthAnswer() {
        for (String query : List.of(
                "",
                "q=",
                "q=%20%20",
                "q=" + "x".repeat(513),
                "q=a&per_page=101",
                "q=a&page=0",
                "q=a&sort_by=title",
                "q=a&sort_order=up",
                "q=a&text_quality=great",
                "q=a&date_from=yesterday")) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/search?" + query);
            assertEquals(422, answer.status(), query + ": " + answer.body());
            assertTrue(answer.json().containsKey("detail"));
        }
        JsonObject health = Http.get(server.baseUrl() + "/api/health").json();
        JsonObject search = health.getJsonObject("checks").getJsonObject("search");
        assertEquals("ok", search.getString("status"), health.toString());
        assertEquals("lucene", search.getString("engine"));
    }

    @Test
    @Order(6)
    void savedSearchesFollowTheReferenceRules() {
        String base = server.baseUrl() + "/api/saved-searches";
        Http.Answer created =
                Http.post(base, "{\"name\":\"Rechnungen\",\"filters\":{\"q\":\"Rechnung\",\"colour\":\"red\"}}");
        assertEquals(201, created.status(), created.body());
        JsonObject first = created.json();
        assertEquals("Rechnung", first.getJsonObject("filters").getString("q"));
        assertFalse(first.getJsonObject("filters").containsKey("colour"), "unknown keys dropped");
        assertFalse(first.getBoolean("pinned"));

        assertEquals(
                409,
                Http.post(base, "{\"name\":\"Rechnungen\",\"filters\":{\"q\":\"x\"}}")
                        .status());
        assertEquals(422, Http.post(base, "{\"filters\":{\"q\":\"x\"}}").status());
        assertEquals(
                422,
                Http.post(base, "{\"name\":\"" + "n".repeat(101) + "\",\"filters\":{\"q\":\"x\"}}")
                        .status());
        assertEquals(
                422,
                Http.post(base, "{\"name\":\"only unknown\",\"filters\":{\"colour\":\"red\"}}")
                        .status());

        Http.Answer pinned = Http.post(base, "{\"name\":\"Pinned\",\"filters\":{\"tags\":\"Strom\"},\"pinned\":true}");
        assertEquals(201, pinned.status());
        JsonArray list = array(Http.get(base));
        assertEquals("Pinned", list.getJsonObject(0).getString("name"), "pinned first");

        long id = first.getJsonNumber("id").longValue();
        Http.Answer updated = put(base + "/" + id, "{\"name\":\"Alle Rechnungen\",\"pinned\":true}");
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Alle Rechnungen", updated.json().getString("name"));
        assertEquals(404, put(base + "/999999", "{\"name\":\"x\"}").status());
        assertEquals(404, Http.delete(base + "/999999").status());
        assertEquals(200, Http.delete(base + "/" + id).status());
        assertEquals(404, Http.delete(base + "/" + id).status());

        for (int i = array(Http.get(base)).size(); i < 50; i++) {
            assertEquals(
                    201,
                    Http.post(base, "{\"name\":\"search " + i + "\",\"filters\":{\"q\":\"x\"}}")
                            .status());
        }
        Http.Answer tooMany = Http.post(base, "{\"name\":\"the 51st\",\"filters\":{\"q\":\"x\"}}");
        assertEquals(409, tooMany.status(), tooMany.body());
    }

    @Test
    @Order(7)
    void deletedDocumentsDisappear() {
        long id = upload("zebra.pdf", TestDocuments.textPdf("Zebrafinch quartz memo"));
        Documents.awaitTerminal(server.baseUrl(), id, WITHIN);
        assertEquals(Set.of(id), ids(search("q=zebrafinch")), "indexed by the pipeline, no reindex needed");

        assertEquals(200, Http.delete(server.baseUrl() + "/api/files/" + id).status());

        assertEquals(Set.of(), ids(search("q=zebrafinch")));
        assertEquals(0, search("q=zebrafinch").getInt("total"));
    }

    @Test
    @Order(8)
    void aRebuildFromAnEmptyIndexGivesTheSameAnswers() throws IOException {
        Map<String, Set<Long>> before = answers();
        assertEquals(Set.of(rechnung), before.get("q=Rechnungen"));

        JsonObject cleared = reindex(true);
        assertEquals(4, cleared.getInt("total"), cleared.toString());
        assertEquals(before, answers(), "reindex with clear=true");

        server.stop();
        LibertyServer.deleteRecursively(server.workdir().resolve("index"));
        server.start();
        Poll.until(WITHIN, "the start-up reconciliation to rebuild the index", () -> {
            JsonObject status = Http.get(server.baseUrl() + "/api/admin/search").json();
            return status.getBoolean("in_sync", false) && status.isNull("reindex") ? status : null;
        });
        assertEquals(before, answers(), "after the index folder was deleted while the server was stopped");
    }

    @Test
    @Order(9)
    void anUnreachableMeilisearchIsA503WithTheReasonNotAnEmptyResult() {
        int closedPort = LibertyServer.freePort();
        try (LibertyServer down = LibertyServer.war("it-search-down")
                .env("MEILISEARCH_URL", "http://127.0.0.1:" + closedPort)
                .env("MEILISEARCH_API_KEY", "it-secret-key")
                .start()) {
            Http.Answer answer = Http.get(down.baseUrl() + "/api/search?q=Rechnung");
            assertEquals(503, answer.status(), answer.body());
            String detail = answer.json().getString("detail");
            assertTrue(
                    detail.startsWith("Search engine unavailable: ") && detail.contains("127.0.0.1:" + closedPort),
                    detail);
            assertFalse(detail.contains("it-secret-key"));

            Http.Answer health = Http.get(down.baseUrl() + "/api/health");
            assertEquals(200, health.status(), health.body());
            assertEquals("degraded", health.json().getString("status"));
            JsonObject search = health.json().getJsonObject("checks").getJsonObject("search");
            assertEquals("error", search.getString("status"), search.toString());
            assertEquals("meilisearch", search.getString("engine"));
            assertFalse(health.body().contains("it-secret-key"));
        }
    }

    private static Map<String, Set<Long>> answers() {
        Map<String, Set<Long>> answers = new LinkedHashMap<>();
        for (String query : List.of(
                "q=Rechnungen",
                "q=invoice",
                "q=docuelevate",
                "q=overdubbed",
                "q=docuelevate&text_quality=low",
                "q=zebrafinch")) {
            answers.put(query, new TreeSet<>(ids(search(query))));
        }
        return answers;
    }

    /** Starts a reindex and waits until it completed; answers its final progress. */
    private static JsonObject reindex(boolean clear) {
        Http.Answer started =
                Http.post(server.baseUrl() + "/api/admin/search/reindex" + (clear ? "?clear=true" : ""), "");
        assertEquals(202, started.status(), started.body());
        long execution = started.json().getJsonNumber("execution_id").longValue();
        JsonObject done = Poll.until(WITHIN, "reindex execution " + execution, () -> {
            JsonObject progress = Http.get(server.baseUrl() + "/api/admin/search/reindex/" + execution)
                    .json();
            return progress.isNull("ended_at") ? null : progress;
        });
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(
                done.getInt("total"), done.getInt("items_written") + done.getInt("items_filtered"), done.toString());
        return done;
    }

    private static long upload(String name, byte[] pdf) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, pdf);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonNumber("file_id").longValue();
    }

    private static JsonObject search(String query) {
        Http.Answer answer = Http.get(server.baseUrl() + "/api/search?" + query);
        assertEquals(200, answer.status(), query + ": " + answer.body());
        return answer.json();
    }

    private static Set<Long> ids(JsonObject answer) {
        return answer.getJsonArray("results").stream()
                .map(v -> v.asJsonObject().getJsonNumber("file_id").longValue())
                .collect(Collectors.toSet());
    }

    private static JsonObject result(JsonObject answer, long fileId) {
        return answer.getJsonArray("results").stream()
                .map(JsonValue::asJsonObject)
                .filter(hit -> hit.getJsonNumber("file_id").longValue() == fileId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("file " + fileId + " not in " + answer));
    }

    private static Http.Answer put(String url, String json) {
        return Http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonArray array(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }
}
