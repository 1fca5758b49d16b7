package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Multipart;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad request bodies are the client's mistake, never a server error: every operation of the server's own OpenAPI
 * document that takes a JSON body gets JSON that is not an object, wrong types, numbers no type holds, nesting
 * deeper than any parser allows and 1 MB strings, and every operation that takes a multipart upload gets a NUL
 * byte in the file name, a body cut short and two {@code file} parts. Each answer is a 4xx with a JSON
 * {@code detail} and no stack trace, nothing is stored, and the server log shows no stack trace either. Being
 * generated from {@code /openapi}, the sweep covers a new endpoint without a change here.
 */
class BadBodySweepIT {

    /** The operations with a JSON body today; fewer means an endpoint fell out of the OpenAPI document. */
    private static final int JSON_OPERATIONS_TODAY = 12;

    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 404, 413, 415, 422);
    private static final String DUMMY_ID = "987654321";
    private static final String LONG_STRING = '"' + "x".repeat(1_000_000) + '"';
    private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    private static final List<String> HUGE_NUMBERS = List.of("1e999", "99999999999999999999", "-1e99999999999");
    private static final List<String> NOT_OBJECTS = List.of(
            "[\"a\"]", "[1e999]", "[1e99999999999]", "1e999", "99999999999999999999", "\"text\"", "true", "null", "{");
    private static final Pattern STACK_TRACE =
            Pattern.compile("Exception|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|\\.java:\\d+|Internal server error");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

    private static LibertyServer server;
    private static ApiSession admin;
    private static long documentId;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-badbody")
                .withAuth()
                .env("RATE_LIMITING_ENABLED", "false")
                .start();
        admin = ApiSession.admin(server);
        documentId = admin.upload("sweep.pdf", TestDocuments.textPdf("Bad body sweep " + UUID.randomUUID()));
        admin.awaitTerminal(documentId, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyJsonBodyOfTheOpenApiDocumentAnswersBadBodiesWithADetailNeverAServerError() {
        int logStart = server.messagesLog().length();
        JsonObject openapi = openapi();
        List<String> swept = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations(openapi, "application/json")) {
            swept.add(operation.toString());
            for (String body : badJsonBodies(openapi, operation.schema())) {
                Http.Answer answer = admin.send(
                        operation.method(),
                        operation.concretePath(),
                        "application/json",
                        body.getBytes(StandardCharsets.UTF_8));
                refusal(answer).ifPresent(problem -> failures.add(operation + " " + shorten(body) + ": " + problem));
            }
        }
        assertTrue(
                swept.size() >= JSON_OPERATIONS_TODAY,
                "only " + swept.size() + " operations with a JSON body in /openapi: " + swept);
        assertTrue(
                swept.containsAll(List.of(
                        "POST /api/api-tokens",
                        "PUT /api/files/{id}/metadata",
                        "POST /api/files/bulk-delete",
                        "POST /api/admin/backup/restore")),
                swept.toString());
        assertEquals(List.of(), failures, "bad bodies answered otherwise than 4xx {\"detail\": ...}");
        assertNoStackTraceLoggedSince(logStart);
    }

    @Test
    void theMetadataCorrectionRefusesNonObjectsAndClampsHugeNumbersAtOnce() {
        String path = "/api/files/" + documentId + "/metadata";
        for (String body : List.of("[\"a\"]", "[1e999]")) {
            Http.Answer refused = admin.send("PUT", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertEquals(422, refused.status(), refused.body());
            assertEquals("Request body must be a JSON object", refused.json().getString("detail"));
        }
        String huge = "{\"title\": 1e999999999, \"confidence_score\": 1e999999999,"
                + " \"extraction\": {\"total_amount\": \"1e999999999\", \"currency\": \"EUR\"}}";
        Http.Answer corrected = admin.send("PUT", path, "application/json", huge.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, corrected.status(), corrected.body());
        assertTrue(
                corrected.json().getJsonArray("corrections").toString().contains("clamped to 0-100"), corrected.body());
        JsonObject metadata = admin.get("/api/files/" + documentId).json();
        assertTrue(metadata.toString().contains("1E+999999999"), "the title keeps the short form of the number");
    }

    @Test
    void aNulByteInAnUploadsFileNameIsRefusedForEveryMultipartEndpoint() {
        int logStart = server.messagesLog().length();
        for (Operation operation : operations(openapi(), "multipart/form-data")) {
            Set<String> before = stagedFiles();
            Multipart body = Multipart.file("invoice\u0000.pdf", TestDocuments.textPdf("NUL in the name"));
            Http.Answer answer =
                    admin.send(operation.method(), operation.concretePath(), body.contentType(), body.body());
            assertRefused(answer, operation, "NUL");
            assertEquals(before, stagedFiles(), operation + " keeps nothing");
        }
        assertNoStackTraceLoggedSince(logStart);
    }

    @Test
    void aMultipartBodyCutShortIsRefusedForEveryMultipartEndpoint() {
        int logStart = server.messagesLog().length();
        for (Operation operation : operations(openapi(), "multipart/form-data")) {
            Set<String> before = stagedFiles();
            byte[] complete = Multipart.file("cut.pdf", padded(TestDocuments.textPdf("Cut short"), 200_000))
                    .body();
            byte[] withoutClosingBoundary = Arrays.copyOf(complete, complete.length / 2);
            Http.Answer answer = admin.send(
                    operation.method(), operation.concretePath(), contentTypeOf(complete), withoutClosingBoundary);
            assertRefused(answer, operation, "Stream ended unexpectedly");

            Map<String, String> headers = new HashMap<>(admin.authHeaders());
            headers.put("Content-Type", contentTypeOf(complete));
            RawHttp.Answer brokenOff = RawHttp.sendCutShort(
                    port(),
                    operation.method(),
                    operation.concretePath(),
                    headers,
                    withoutClosingBoundary,
                    complete.length);
            assertEquals(400, brokenOff.status(), operation + ": " + brokenOff.body());
            assertTrue(brokenOff.body().contains("\"detail\""), brokenOff.body());
            assertEquals(before, stagedFiles(), operation + " keeps no partial file");
        }
        assertNoStackTraceLoggedSince(logStart);
    }

    @Test
    void twoFilePartsAreRefusedNotOneDroppedWhileOneFileKeepsItsAnswer() {
        int logStart = server.messagesLog().length();
        for (Operation operation : operations(openapi(), "multipart/form-data")) {
            Set<String> before = stagedFiles();
            long documents = documentCount();
            Multipart two = Multipart.files(
                    "----two-" + UUID.randomUUID(),
                    new Multipart.Part("one.pdf", TestDocuments.textPdf("First of two " + UUID.randomUUID())),
                    new Multipart.Part("two.pdf", TestDocuments.textPdf("Second of two " + UUID.randomUUID())));
            Http.Answer answer =
                    admin.send(operation.method(), operation.concretePath(), two.contentType(), two.body());
            assertRefused(answer, operation, "one file per request");
            assertEquals(before, stagedFiles(), operation + " keeps neither file");
            assertEquals(documents, documentCount(), operation + " records neither file");
        }
        byte[] pdf = TestDocuments.textPdf("One file " + UUID.randomUUID());
        Multipart one = Multipart.file("one.pdf", pdf);
        Http.Answer single = admin.send("POST", "/api/ui-upload", one.contentType(), one.body());
        assertEquals(200, single.status(), single.body());
        assertEquals(
                Set.of("task_id", "file_id", "status", "original_filename", "stored_filename"),
                single.json().keySet(),
                "the single-file answer stays the reference's object");
        assertEquals("queued", single.json().getString("status"));
        assertNoStackTraceLoggedSince(logStart);
    }

    /** One operation of the document: its method, its path template and the schema of the body. */
    private record Operation(String method, String path, JsonObject schema) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", DUMMY_ID);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static JsonObject openapi() {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/openapi?format=JSON"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .build());
        assertEquals(200, answer.status(), "the sweep is generated from the server's OpenAPI document");
        return answer.json();
    }

    /** Every operation under {@code /api} whose request body may be of {@code mediaType}. */
    private static List<Operation> operations(JsonObject openapi, String mediaType) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                if (method.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject requestBody = method.getValue().asJsonObject().getJsonObject("requestBody");
                if (requestBody != null && requestBody.getJsonObject("content").containsKey(mediaType)) {
                    JsonObject content = requestBody.getJsonObject("content").getJsonObject(mediaType);
                    JsonObject schema = content.containsKey("schema")
                            ? resolve(openapi, content.getJsonObject("schema"))
                            : JsonValue.EMPTY_JSON_OBJECT;
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), schema));
                }
            }
        }
        assertFalse(operations.isEmpty(), "no operation takes " + mediaType);
        return operations;
    }

    private static JsonObject resolve(JsonObject openapi, JsonObject schema) {
        if (!schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    /**
     * Bodies no client should send: not an object; then, field by field of the schema, a value of the wrong
     * type, numbers no type holds, nesting deeper than a parser allows and a 1 MB string.
     */
    private static List<String> badJsonBodies(JsonObject openapi, JsonObject schema) {
        List<String> bodies = new ArrayList<>(NOT_OBJECTS);
        bodies.add(DEEP_ARRAYS);
        bodies.add(DEEP_OBJECTS);
        bodies.add(LONG_STRING);
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return bodies;
        }
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            List<String> values = new ArrayList<>(
                    wrongTypes(resolve(openapi, property.getValue().asJsonObject())));
            values.addAll(HUGE_NUMBERS);
            values.add(DEEP_ARRAYS);
            values.add(LONG_STRING);
            for (String value : values) {
                bodies.add("{" + Json.createValue(property.getKey()) + ": " + value + "}");
            }
        }
        return bodies;
    }

    private static List<String> wrongTypes(JsonObject schema) {
        String type = schema.getString("type", "");
        return switch (type) {
            case "string" -> List.of("12345", "{\"k\": \"v\"}", "[\"a\"]");
            case "integer" -> List.of("\"12\"", "1.5", "true");
            case "number" -> List.of("\"12\"", "true", "{}");
            case "boolean" -> List.of("\"true\"", "1", "[]");
            case "array" -> List.of("\"a,b\"", "{\"k\": 1}", "[{\"k\": 1}]", "[[1e999]]");
            default -> List.of("\"x\"", "[1]", "12345");
        };
    }

    /** Why the answer is not a proper refusal, if it is not one. */
    private static Optional<String> refusal(Http.Answer answer) {
        if (!CLIENT_ERRORS.contains(answer.status())) {
            return Optional.of("status " + answer.status() + " " + shorten(answer.body()));
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return Optional.of("Content-Type " + type);
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonValue detail = reader.readObject().get("detail");
            if (!(detail instanceof JsonString text)) {
                return Optional.of("no string detail: " + shorten(answer.body()));
            }
            if (STACK_TRACE.matcher(text.getString()).find()) {
                return Optional.of("internals in the detail: " + shorten(text.getString()));
            }
            return Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.of("not a JSON object: " + shorten(answer.body()));
        }
    }

    private static void assertRefused(Http.Answer answer, Operation operation, String reason) {
        assertEquals(400, answer.status(), operation + ": " + answer.body());
        assertEquals(Optional.empty(), refusal(answer), operation.toString());
        assertTrue(answer.json().getString("detail").contains(reason), operation + ": " + answer.body());
    }

    private static void assertNoStackTraceLoggedSince(int offset) {
        String log = server.messagesLog().substring(offset);
        assertFalse(log.contains("Unexpected error"), log);
        assertFalse(STACK_FRAME.matcher(log).find(), "a stack trace in messages.log:\n" + log);
    }

    /** Upload staging and received archives, and the originals: what a refused upload must not leave. */
    private static Set<String> stagedFiles() {
        Set<String> files = new TreeSet<>();
        for (String folder : List.of("tmp", "original", "backups")) {
            Path root = server.workdir().resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .map(file -> server.workdir().relativize(file).toString())
                        .filter(name -> name.startsWith("original/")
                                || name.startsWith("tmp/upload-")
                                || name.startsWith("backups/.upload-"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static long documentCount() {
        return admin.get("/api/files")
                .json()
                .getJsonObject("pagination")
                .getJsonNumber("total")
                .longValue();
    }

    private static byte[] padded(byte[] pdf, int size) {
        return Arrays.copyOf(pdf, Math.max(size, pdf.length));
    }

    private static String contentTypeOf(byte[] multipartBody) {
        String firstLine = new String(multipartBody, 0, 200, StandardCharsets.ISO_8859_1).split("\r\n")[0];
        return "multipart/form-data; boundary=" + firstLine.substring(2);
    }

    private static int port() {
        return URI.create(server.baseUrl()).getPort();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + " chars)" : text;
    }
}
