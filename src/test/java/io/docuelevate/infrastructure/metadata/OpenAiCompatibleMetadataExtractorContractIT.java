package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.MetadataExtractionException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI-compatible adapter against a local HTTP server that plays the chat completions API: it checks
 * the request on the wire (path, method, headers, JSON body) and returns the documented answers — valid, in a
 * markdown fence, wrapped in prose, malformed, an error status, too slow, with invalid fields — so parsing,
 * validation and the fallback to the offline engine are proven without a model.
 */
class OpenAiCompatibleMetadataExtractorContractIT {

    private static final String KEY = "sk-test-secret-4711";
    private static final String VALID = """
            {"filename": "2026-03-14_Rechnung_Stadtwerke", "empfaenger": "Max Mustermann", "absender": "Stadtwerke Musterstadt GmbH",
             "correspondent": "Stadtwerke Musterstadt", "kommunikationsart": "Rechnung", "kommunikationskategorie": "Finanz_und_Vertragsdokumente",
             "document_type": "Invoice", "tags": ["Strom", "Rechnung"], "language": "de", "title": "Stromrechnung März 2026",
             "confidence_score": 92, "reference_number": "2026-031-4471", "monetary_amounts": ["118.00 EUR", "18.84 EUR"]}""";

    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    record Reply(int status, String body, long delayMillis) {}

    private HttpServer server;
    private ExecutorService executor;
    private final AtomicReference<Recorded> last = new AtomicReference<>();
    private final AtomicReference<Reply> reply = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            last.set(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Reply r = reply.get();
            try {
                Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(r.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                // the client gave up (timeout test)
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String base(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private OpenAiCompatibleMetadataExtractor extractor(String path, String key, Duration timeout) {
        return new OpenAiCompatibleMetadataExtractor(new OpenAiCompatibleMetadataExtractor.Options(
                URI.create(base(path)), key, "llama3.1:8b", 8000, timeout));
    }

    private OpenAiCompatibleMetadataExtractor extractor() {
        return extractor("/v1", KEY, Duration.ofSeconds(10));
    }

    private static String completion(String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-1")
                .add("object", "chat.completion")
                .add(
                        "choices",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("index", 0)
                                        .add(
                                                "message",
                                                Json.createObjectBuilder()
                                                        .add("role", "assistant")
                                                        .add("content", content))
                                        .add("finish_reason", "stop")))
                .build()
                .toString();
    }

    private void answer(String content) {
        reply.set(new Reply(200, completion(content), 0));
    }

    @Test
    void sendsTheDocumentedRequestAndReadsAValidAnswer() throws Exception {
        answer(VALID);
        DocumentMetadata m = extractor().extract(RuleBasedMetadataExtractorTest.INVOICE, "scan.pdf");

        Recorded request = last.get();
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        JsonObject body = request.json();
        assertEquals("llama3.1:8b", body.getString("model"));
        assertEquals(0, body.getJsonNumber("temperature").intValue());
        assertEquals("json_object", body.getJsonObject("response_format").getString("type"));
        JsonArray messages = body.getJsonArray("messages");
        assertEquals(2, messages.size());
        assertEquals("system", messages.getJsonObject(0).getString("role"));
        assertEquals("user", messages.getJsonObject(1).getString("role"));
        String prompt = messages.getJsonObject(1).getString("content");
        assertTrue(prompt.contains("Rechnungsnummer: 2026-031-4471"), "the document text is in the prompt");
        for (String field : DocumentMetadata.FIELDS) {
            assertTrue(prompt.contains("\"" + field + "\""), "prompt names " + field);
        }
        assertTrue(prompt.contains("Behoerdlicher_Brief")
                && prompt.contains("Sonstige_Informationen")
                && prompt.contains("at most 4"));
        assertFalse(prompt.contains(MetadataInputSampler.MARKER), "a short text is not sampled");

        assertEquals("2026-03-14_Rechnung_Stadtwerke", m.filename());
        assertEquals("Stadtwerke Musterstadt", m.correspondent());
        assertEquals(Kommunikationsart.Rechnung, m.kommunikationsart());
        assertEquals(92, m.confidenceScore());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), m.documentDate());
        assertEquals("118.00 EUR", m.totalAmount().orElseThrow().format());
        assertEquals("openai-compatible:llama3.1:8b", m.extraction().engine());
    }

    @Test
    void aBaseUrlWithoutV1AndWithoutKeyWorksLikeALocalServer() throws Exception {
        answer(VALID);
        extractor("", null, Duration.ofSeconds(10)).extract("Rechnung", "a.pdf");
        assertEquals("/chat/completions", last.get().path());
        assertNull(last.get().header("Authorization"));
    }

    @Test
    void longTextsAreSampledHeadAndTailWithTheMarker() throws Exception {
        answer(VALID);
        String text =
                "Anfang des Dokuments. " + "Lorem ipsum dolor sit amet. ".repeat(3000) + " Ende: Gesamtbetrag 118,00 €";
        extractor().extract(text, "long.pdf");
        String prompt =
                last.get().json().getJsonArray("messages").getJsonObject(1).getString("content");
        assertTrue(prompt.contains("Anfang des Dokuments."));
        assertTrue(prompt.contains("\n\n" + MetadataInputSampler.MARKER + "\n\n"));
        assertTrue(prompt.contains("Ende: Gesamtbetrag 118,00 €"));
        assertTrue(prompt.length() < 8000 * 3 + 5000, "prompt length " + prompt.length());
    }

    @Test
    void anAnswerInAJsonFenceIsRead() throws Exception {
        answer("```json\n" + VALID + "\n```");
        assertEquals("2026-031-4471", extractor().extract("x", "a.pdf").referenceNumber());
    }

    @Test
    void proseAroundTheAnswerIsIgnored() throws Exception {
        answer("Here is the metadata you asked for:\n" + VALID + "\nLet me know if you need anything else.");
        assertEquals(
                "Stromrechnung März 2026", extractor().extract("x", "a.pdf").title());
    }

    @Test
    void invalidFieldsAreCorrected() throws Exception {
        answer("""
                {"filename": "../../etc/passwd", "correspondent": "ACME", "kommunikationsart": "Postkarte", "document_type": "Invoice",
                 "tags": ["a", "b", "c", "d", "e", "f"], "language": "German", "title": "t", "confidence_score": 150,
                 "reference_number": 4711, "monetary_amounts": "12.00 EUR"}""");
        DocumentMetadata m = extractor().extract("x", "a.pdf");
        assertEquals("", m.filename());
        assertEquals(List.of("a", "b", "c", "d"), m.tags());
        assertEquals(100, m.confidenceScore());
        assertEquals(Kommunikationsart.Sonstiges, m.kommunikationsart());
        assertEquals("de", m.language());
        assertEquals("4711", m.referenceNumber());
        assertEquals(List.of("12.00 EUR"), m.monetaryAmounts());
        answer("{\"filename\": \"a..b\", \"title\": \"t\"}");
        assertEquals("", extractor().extract("x", "a.pdf").filename());
    }

    @Test
    void malformedJsonFails() {
        answer("{\"filename\": \"2026-01-01_x\", \"title\": ");
        MetadataExtractionException e = assertThrows(
                MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"));
        assertTrue(e.getMessage().startsWith("AI answer is not valid JSON"), e.getMessage());
    }

    @Test
    void anAnswerThatIsNotMetadataFails() {
        answer("{\"answer\": \"I am a helpful assistant\"}");
        assertTrue(assertThrows(
                        MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"))
                .getMessage()
                .startsWith("AI answer is not the metadata object"));
        answer("{\"title\": \"\", \"filename\": \"\", \"tags\": []}");
        assertTrue(assertThrows(
                        MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"))
                .getMessage()
                .contains("no usable field"));
        reply.set(new Reply(200, "{\"choices\": []}", 0));
        assertTrue(assertThrows(
                        MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"))
                .getMessage()
                .contains("no choices[0].message.content"));
    }

    @Test
    void anErrorStatusFailsWithTheStatusAndNoSecret() {
        reply.set(new Reply(401, "{\"error\": {\"message\": \"Incorrect API key provided\"}}", 0));
        MetadataExtractionException e = assertThrows(
                MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"));
        assertTrue(e.getMessage().startsWith("AI service answered HTTP 401"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        reply.set(new Reply(500, "<html>Internal Server Error</html>", 0));
        assertTrue(assertThrows(
                        MetadataExtractionException.class, () -> extractor().extract("x", "a.pdf"))
                .getMessage()
                .contains("HTTP 500"));
    }

    @Test
    void aSlowServerTimesOut() {
        reply.set(new Reply(200, completion(VALID), 3000));
        long start = System.nanoTime();
        MetadataExtractionException e = assertThrows(
                MetadataExtractionException.class,
                () -> extractor("/v1", KEY, Duration.ofMillis(500)).extract("x", "a.pdf"));
        assertTrue(e.getMessage().contains("did not answer within"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up after the timeout");
    }

    @Test
    void anUnreachableServerFails() {
        OpenAiCompatibleMetadataExtractor closed =
                new OpenAiCompatibleMetadataExtractor(new OpenAiCompatibleMetadataExtractor.Options(
                        URI.create("http://127.0.0.1:9/v1"), KEY, "m", 8000, Duration.ofSeconds(2)));
        MetadataExtractionException e =
                assertThrows(MetadataExtractionException.class, () -> closed.extract("x", "a.pdf"));
        assertTrue(e.getMessage().contains("127.0.0.1:9"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(closed.options().toString().contains(KEY));
    }

    @Test
    void theFallbackUsesTheOfflineEngineAndRecordsWhy() throws Exception {
        FallbackMetadataExtractor fallback =
                new FallbackMetadataExtractor(extractor(), new RuleBasedMetadataExtractor());
        reply.set(new Reply(503, "overloaded", 0));
        DocumentMetadata m = fallback.extract(RuleBasedMetadataExtractorTest.INVOICE, "scan.pdf");
        assertEquals(RuleBasedMetadataExtractor.ENGINE, m.extraction().engine());
        assertEquals("AI service answered HTTP 503: overloaded", m.extraction().fallbackReason());
        assertEquals("2026-031-4471", m.referenceNumber());

        answer("not json at all");
        DocumentMetadata garbage = fallback.extract(RuleBasedMetadataExtractorTest.INVOICE, "scan.pdf");
        assertEquals("AI answer contains no JSON object", garbage.extraction().fallbackReason());

        answer(VALID);
        DocumentMetadata ai = fallback.extract(RuleBasedMetadataExtractorTest.INVOICE, "scan.pdf");
        assertEquals("openai-compatible:llama3.1:8b", ai.extraction().engine());
        assertNull(ai.extraction().fallbackReason());
    }
}
