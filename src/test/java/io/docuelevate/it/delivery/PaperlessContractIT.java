package io.docuelevate.it.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.paperless.PaperlessDestination;
import io.docuelevate.infrastructure.delivery.paperless.PaperlessRemoteStore;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paperless-ngx cannot run here, so the adapter is checked against the wire format its REST API documents
 * (https://docs.paperless-ngx.com/api/), served by the JDK's HTTP server on 127.0.0.1 under a path prefix: the
 * {@code Authorization: Token} header on every request, tag and correspondent look-up by {@code name__iexact} and
 * creation, the {@code post_document} multipart parts and file bytes, polling {@code /api/tasks/?task_id=}, the
 * custom field look-up and the {@code PATCH} of {@code custom_fields}; a duplicate counts as delivered, 401 needs a
 * change, 503 is worth retrying.
 */
class PaperlessContractIT {

    private static final String TOKEN = "0123456789abcdef-paperless-token";
    private static final String TASK = "4d6d2a7e-8f3c-4b8a-9f0e-2c1b5a6d7e8f";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path scratch;

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aDocumentIsPostedWithTagsCorrespondentAndDateThenItsTaskPolledAndItsCustomFieldsSet() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        serve(request -> switch (request.method() + " " + request.pathAndQuery()) {
            case "GET /paperless/api/tags/?name__iexact=Rechnung" -> json(200, page(7));
            case "GET /paperless/api/tags/?name__iexact=Garten" -> json(200, page());
            case "POST /paperless/api/tags/" -> json(201, "{\"id\":8,\"name\":\"Garten\"}");
            case "GET /paperless/api/correspondents/?name__iexact=Kiefernweg%20Baumschule" -> json(200, page());
            case "POST /paperless/api/correspondents/" -> json(201, "{\"id\":3,\"name\":\"Kiefernweg Baumschule\"}");
            case "POST /paperless/api/documents/post_document/" -> json(200, "\"" + TASK + "\"");
            case "GET /paperless/api/tasks/?task_id=" + TASK ->
                switch (polls.incrementAndGet()) {
                    case 1 -> json(200, "[]");
                    case 2 -> json(200, "[" + task("STARTED", "null", "null") + "]");
                    default ->
                        json(200, "[" + task("SUCCESS", "\"Success. New document id 42 created\"", "\"42\"") + "]");
                };
            case "GET /paperless/api/custom_fields/?name__iexact=Dokumenttyp" -> json(200, page(11));
            case "GET /paperless/api/custom_fields/?name__iexact=Referenz" -> json(200, page());
            case "GET /paperless/api/custom_fields/?name__iexact=Absender" -> json(200, page(12));
            case "PATCH /paperless/api/documents/42/" -> json(200, "{\"id\":42}");
            default -> json(404, "{\"detail\":\"Not found.\"}");
        });
        byte[] pdf = pdf();

        assertTrue(store(Optional.of("{\"document_type\":\"Dokumenttyp\",\"reference_number\":\"Referenz\"}"))
                .putIfAbsent("2026-03-07_Rechnung_Baumschule.pdf", document(pdf)));

        assertEquals(
                List.of(
                        "GET /paperless/api/tags/?name__iexact=Rechnung",
                        "GET /paperless/api/tags/?name__iexact=Garten",
                        "POST /paperless/api/tags/",
                        "GET /paperless/api/correspondents/?name__iexact=Kiefernweg%20Baumschule",
                        "POST /paperless/api/correspondents/",
                        "POST /paperless/api/documents/post_document/",
                        "GET /paperless/api/tasks/?task_id=" + TASK,
                        "GET /paperless/api/tasks/?task_id=" + TASK,
                        "GET /paperless/api/tasks/?task_id=" + TASK,
                        "GET /paperless/api/custom_fields/?name__iexact=Dokumenttyp",
                        "GET /paperless/api/custom_fields/?name__iexact=Referenz",
                        "GET /paperless/api/custom_fields/?name__iexact=Absender",
                        "PATCH /paperless/api/documents/42/"),
                requests.stream().map(r -> r.method() + " " + r.pathAndQuery()).toList());
        for (Recorded request : requests) {
            assertEquals("Token " + TOKEN, request.header("Authorization"), request.pathAndQuery());
        }
        assertEquals(
                object("{\"name\":\"Garten\"}"),
                object(request("POST /paperless/api/tags/").text()));
        assertEquals(
                object("{\"name\":\"Kiefernweg Baumschule\"}"),
                object(request("POST /paperless/api/correspondents/").text()));

        Recorded upload = request("POST /paperless/api/documents/post_document/");
        assertTrue(upload.header("Content-Type").startsWith("multipart/form-data; boundary="));
        List<Part> parts = Part.parse(upload);
        assertEquals(
                List.of("document", "title", "correspondent", "tags", "tags", "created"),
                parts.stream().map(Part::name).toList());
        Part file = parts.get(0);
        assertEquals("2026-03-07_Rechnung_Baumschule.pdf", file.filename());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(pdf, file.content());
        assertEquals("Rechnung Kiefernweg Baumschule", parts.get(1).text());
        assertEquals("3", parts.get(2).text());
        assertEquals(
                List.of("7", "8"), List.of(parts.get(3).text(), parts.get(4).text()));
        assertEquals("2026-03-07", parts.get(5).text());

        Recorded patch = request("PATCH /paperless/api/documents/42/");
        assertTrue(patch.header("Content-Type").startsWith("application/json"));
        assertEquals(
                object("{\"custom_fields\":[{\"field\":11,\"value\":\"Invoice\"},{\"field\":12,\"value\":"
                        + "\"Kiefernweg Baumschule GmbH\"}]}"),
                object(patch.text()));
    }

    @Test
    void aDocumentPaperlessAlreadyHasCountsAsDeliveredAndKeepsItsCustomFields() throws Exception {
        serve(request -> switch (request.method() + " " + request.path()) {
            case "POST /paperless/api/documents/post_document/" -> json(200, "\"" + TASK + "\"");
            case "GET /paperless/api/tasks/" ->
                json(
                        200,
                        "[" + task("FAILURE", "\"Not consuming a.pdf: It is a duplicate of Rechnung (#12).\"", "null")
                                + "]");
            default -> json(404, "{\"detail\":\"Not found.\"}");
        });

        assertTrue(store(Optional.empty()).putIfAbsent("a.pdf", DeliveredDocument.plain(file(pdf()), "a.pdf")));

        assertEquals(2, requests.size(), requests.toString());
    }

    @Test
    void aFailedConsumptionNeedsAChangeAndSaysWhy() throws Exception {
        serve(request -> switch (request.method() + " " + request.path()) {
            case "POST /paperless/api/documents/post_document/" -> json(200, "\"" + TASK + "\"");
            case "GET /paperless/api/tasks/" ->
                json(
                        200,
                        "{\"count\":1,\"results\":[" + task("FAILURE", "\"Unsupported mime type text/plain\"", "null")
                                + "]}");
            default -> json(404, "{\"detail\":\"Not found.\"}");
        });

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(Optional.empty()).putIfAbsent("a.pdf", DeliveredDocument.plain(file(pdf()), "a.pdf")));

        assertFalse(e.isTransient());
        assertEquals(
                "Paperless-ngx " + base() + ": consuming a.pdf failed: Unsupported mime type text/plain",
                e.getMessage());
    }

    @Test
    void theConnectionTestListsOneDocumentWithTheToken() throws Exception {
        serve(request -> json(200, "{\"count\":0,\"results\":[]}"));

        store(Optional.empty()).test();

        assertEquals(1, requests.size());
        assertEquals(
                "GET /paperless/api/documents/?page_size=1",
                requests.get(0).method() + " " + requests.get(0).pathAndQuery());
        assertEquals("Token " + TOKEN, requests.get(0).header("Authorization"));
    }

    @Test
    void aRefusedTokenNeedsAChangeAndIsNeverQuoted() throws Exception {
        serve(request -> json(401, "{\"detail\":\"Invalid token.\"}"));

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class, () -> store(Optional.empty()).test());

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid token."), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void anUnavailableServerIsWorthRetrying() throws Exception {
        serve(request -> json(503, "{\"detail\":\"Service unavailable\"}"));

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(Optional.empty()).putIfAbsent("a.pdf", DeliveredDocument.plain(file(pdf()), "a.pdf")));

        assertTrue(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Paperless-ngx " + base() + ": uploading a.pdf answered HTTP 503"));
    }

    @Test
    void aRefusedHostIsRefusedBeforeAnyRequest() throws Exception {
        serve(request -> json(200, "{}"));
        HostGuard refusing = host -> {
            throw new RemoteStoreException("host " + host + " is a private address", false);
        };
        PaperlessRemoteStore store =
                new PaperlessRemoteStore(destination(Optional.empty()), refusing, TIMEOUT, TIMEOUT);

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private address"), e.getMessage());
        assertEquals(List.of(), requests);
    }

    private PaperlessRemoteStore store(Optional<String> mapping) {
        return new PaperlessRemoteStore(destination(mapping), HostGuard.TRUSTED, TIMEOUT, TIMEOUT);
    }

    private PaperlessDestination destination(Optional<String> mapping) {
        return PaperlessDestination.of(
                base(), TOKEN, mapping, Optional.of("Absender"), Map.of("host", "host", "mapping", "mapping"));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/paperless";
    }

    private void serve(Function<Recorded, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            Recorded request = Recorded.of(exchange);
            requests.add(request);
            Answer answer = answers.apply(request);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private Recorded request(String methodAndPath) {
        return requests.stream()
                .filter(r -> (r.method() + " " + r.pathAndQuery()).equals(methodAndPath))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request " + methodAndPath + " in " + requests));
    }

    private DeliveredDocument document(byte[] pdf) throws IOException {
        return new DeliveredDocument(
                file(pdf),
                "2026-03-07_Rechnung_Baumschule.pdf",
                "Rechnung Kiefernweg Baumschule",
                List.of("Rechnung", "Garten", "rechnung"),
                "Kiefernweg Baumschule",
                Map.of(
                        "document_type", "Invoice",
                        "reference_number", "R-118",
                        "absender", "Kiefernweg Baumschule GmbH"));
    }

    private Path file(byte[] pdf) throws IOException {
        Path file = scratch.resolve("processed.pdf");
        Files.write(file, pdf);
        return file;
    }

    private static byte[] pdf() {
        return TestDocuments.textPdf("Rechnung 2026-03-07", "Kiefernweg Baumschule");
    }

    private static String page(long... ids) {
        List<String> results = new ArrayList<>();
        for (long id : ids) {
            results.add("{\"id\":" + id + ",\"name\":\"x\"}");
        }
        return "{\"count\":" + ids.length + ",\"next\":null,\"previous\":null,\"results\":[" + String.join(",", results)
                + "]}";
    }

    private static String task(String status, String result, String relatedDocument) {
        return "{\"id\":5,\"task_id\":\"" + TASK + "\",\"task_file_name\":\"a.pdf\",\"type\":\"file\",\"status\":\""
                + status + "\",\"result\":" + result + ",\"acknowledged\":false,\"related_document\":"
                + relatedDocument + "}";
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Answer json(int status, String body) {
        return new Answer(status, body);
    }

    private record Answer(int status, String body) {}

    /** One request as the server saw it. */
    private record Recorded(String method, String path, String query, Map<String, String> headers, byte[] body) {

        static Recorded of(HttpExchange exchange) throws IOException {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            return new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    exchange.getRequestBody().readAllBytes());
        }

        String pathAndQuery() {
            return query == null ? path : path + "?" + query;
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return method + " " + pathAndQuery();
        }
    }

    /** One part of a {@code multipart/form-data} body: its field name, file name, type and bytes. */
    private record Part(String name, String filename, String contentType, byte[] content) {

        private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
        private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

        static List<Part> parse(Recorded request) {
            String boundary = request.header("Content-Type").replaceFirst(".*boundary=", "");
            String body = new String(request.body(), StandardCharsets.ISO_8859_1);
            List<Part> parts = new ArrayList<>();
            String[] chunks = body.split("--" + Pattern.quote(boundary));
            for (int i = 1; i < chunks.length; i++) {
                String chunk = chunks[i];
                if (chunk.startsWith("--")) {
                    break;
                }
                int headersEnd = chunk.indexOf("\r\n\r\n");
                String headers = chunk.substring(2, headersEnd);
                String content = chunk.substring(headersEnd + 4, chunk.length() - 2);
                Map<String, String> byName = new LinkedHashMap<>();
                for (String line : headers.split("\r\n")) {
                    int colon = line.indexOf(':');
                    byName.put(
                            line.substring(0, colon).trim().toLowerCase(),
                            line.substring(colon + 1).trim());
                }
                String disposition = byName.get("content-disposition");
                parts.add(new Part(
                        group(NAME, disposition),
                        group(FILENAME, disposition),
                        byName.get("content-type"),
                        content.getBytes(StandardCharsets.ISO_8859_1)));
            }
            return parts;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        private static String group(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8) : null;
        }
    }
}
