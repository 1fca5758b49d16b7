package io.docuelevate.it.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/process-url} against a loopback HTTP server in this test, reached through the test-only allow list
 * ({@code URL_UPLOAD_ALLOW_HOSTS=localhost}), and the SSRF guard's refusals (redirects to 127.0.0.1 and to the metadata
 * address, odd spellings of loopback); {@code POST /api/intake/documents} with the shared secret: idempotent replay,
 * wrong secret, refused type. One server, authentication on.
 */
class UrlAndMachineIntakeIT {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static final String SECRET = "intake-" + UUID.randomUUID();
    private static final int MAX_UPLOAD = 1_000_000;

    private static LibertyServer server;
    private static ApiSession admin;
    private static HttpServer remote;
    private static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private static final byte[] PDF =
            TestDocuments.textPdf("Fetched from a URL", "Lieferschein 4711 " + UUID.randomUUID());
    private static final byte[] NAMED = TestDocuments.textPdf("Named by header " + UUID.randomUUID());

    @BeforeAll
    static void start() throws IOException {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/doc.pdf", exchange -> send(exchange, 200, PDF, true));
        serve("/named", exchange -> {
            exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"from-header.pdf\"");
            send(exchange, 200, NAMED, true);
        });
        serve("/missing.pdf", exchange -> send(exchange, 404, "no such file".getBytes(StandardCharsets.UTF_8), true));
        serve("/big.pdf", exchange -> send(exchange, 200, new byte[MAX_UPLOAD + 1], true));
        serve("/big-chunked.pdf", exchange -> send(exchange, 200, new byte[MAX_UPLOAD + 70_000], false));
        serve("/archive.pdf", exchange -> send(exchange, 200, TestDocuments.zip(), true));
        serve("/hop", exchange -> redirect(exchange, "http://localhost:" + port() + "/hopped.pdf"));
        serve(
                "/hopped.pdf",
                exchange -> send(exchange, 200, TestDocuments.textPdf("After a redirect " + UUID.randomUUID()), true));
        serve("/to-loopback", exchange -> redirect(exchange, "http://127.0.0.1:" + port() + "/loopback-target.pdf"));
        serve("/loopback-target.pdf", exchange -> send(exchange, 200, PDF, true));
        serve("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        remote.start();
        server = LibertyServer.war("it-intake")
                .withAuth()
                .env("URL_UPLOAD_ALLOW_HOSTS", "localhost")
                .env("DOCUMENT_INTAKE_SHARED_SECRET", SECRET)
                .env("MAX_UPLOAD_SIZE", Integer.toString(MAX_UPLOAD))
                .env("UPLOAD_RATE_LIMIT_PER_USER", "1000")
                .start();
        admin = ApiSession.admin(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (remote != null) {
            remote.stop(0);
        }
    }

    @Test
    void aDocumentFetchedThroughTheAllowListCompletesAndItsOriginalIsByteIdentical() throws IOException {
        Http.Answer answer = processUrl(url("/doc.pdf"), null);
        assertEquals(200, answer.status(), answer.body());
        JsonObject body = answer.json();
        assertEquals("queued", body.getString("status"));
        assertEquals("doc.pdf", body.getString("filename"));
        assertEquals(PDF.length, body.getJsonNumber("size").longValue());
        assertTrue(body.getString("task_id").matches("[0-9a-f-]{36}"), body.toString());
        assertFalse(body.getString("message").isBlank());
        JsonObject detail = admin.awaitTerminal(body.getJsonNumber("file_id").longValue(), WITHIN);
        assertEquals("completed", Documents.status(detail), detail.toString());
        String stored = detail.getJsonObject("file").getString("local_filename");
        assertArrayEquals(
                PDF, Files.readAllBytes(server.workdir().resolve("original").resolve(stored)));
    }

    @Test
    void theGivenFilenameIsHonouredAndOtherwiseTheServersNameOrTheLastRedirectsPath() {
        Http.Answer custom = processUrl(url("/named"), "Quarterly report.pdf");
        assertEquals(200, custom.status(), custom.body());
        assertEquals("Quarterly report.pdf", custom.json().getString("filename"));
        Http.Answer byHeader = processUrl(url("/named"), null);
        assertEquals(200, byHeader.status(), byHeader.body());
        assertEquals("duplicate", byHeader.json().getString("status"), "same bytes as the upload before");
        assertEquals("from-header.pdf", byHeader.json().getString("filename"));
        Http.Answer redirected = processUrl(url("/hop"), null);
        assertEquals(200, redirected.status(), redirected.body());
        assertEquals(
                "hopped.pdf",
                redirected.json().getString("filename"),
                "a redirect within the allowed host is followed");
    }

    @Test
    void upstreamErrorsSizeAndTypeAreAnsweredWithTheReferenceStatuses() {
        assertRefused(processUrl(url("/missing.pdf"), null), 404, "404");
        assertRefused(processUrl(url("/big.pdf"), null), 413, "MAX_UPLOAD_SIZE");
        assertRefused(processUrl(url("/big-chunked.pdf"), null), 413, "MAX_UPLOAD_SIZE");
        assertRefused(processUrl(url("/archive.pdf"), null), 400, "ZIP");
        assertRefused(processUrl("ftp://localhost/doc.pdf", null), 400, "http");
        assertRefused(processUrl("file:///etc/passwd", null), 400, "http");
        assertRefused(processUrl("http://localhost:1/doc.pdf", null), 502, "connect");
    }

    @Test
    void redirectsToLoopbackOrTheMetadataAddressAreRefusedBeforeConnecting() {
        assertRefused(processUrl(url("/to-loopback"), null), 400, "loopback address 127.0.0.1");
        assertEquals(0, hits("/loopback-target.pdf"), "the refused target was never requested");
        assertRefused(processUrl(url("/to-metadata"), null), 400, "169.254.169.254");
    }

    @Test
    void loopbackInOtherSpellingsIsRefused() {
        for (String host : new String[] {"0177.0.0.1", "2130706433", "[::ffff:127.0.0.1]", "127.1", "127.0.0.1"}) {
            int before = hits("/doc.pdf");
            assertRefused(processUrl("http://" + host + ":" + port() + "/doc.pdf", null), 400, "not allowed");
            assertEquals(before, hits("/doc.pdf"), host + " was never fetched");
        }
        assertRefused(processUrl("http://169.254.169.254/latest/meta-data/", null), 400, "metadata");
    }

    @Test
    void machineIntakeWithTheSharedSecretIsIdempotentPerKey() {
        String key = "order-" + UUID.randomUUID();
        byte[] pdf = TestDocuments.textPdf("Machine intake " + key);
        Http.Answer first = intake(SECRET, key, "scanner-7", "scan.pdf", pdf);
        assertEquals(202, first.status(), first.body());
        JsonObject record = first.json();
        assertFalse(record.getBoolean("duplicate"));
        assertEquals(key, record.getString("idempotency_key"));
        assertEquals("scanner-7", record.getString("source"));
        assertEquals("scan.pdf", record.getString("filename"));
        assertEquals("queued", record.getString("state"));
        assertTrue(record.getString("task_id").matches("[0-9a-f-]{36}"));
        assertTrue(record.containsKey("created_at") && record.containsKey("updated_at"));

        Http.Answer replay = intake(SECRET, key, "scanner-7", "scan.pdf", pdf);
        assertEquals(202, replay.status(), replay.body());
        assertTrue(replay.json().getBoolean("duplicate"));
        assertEquals(record.getJsonNumber("intake_id"), replay.json().getJsonNumber("intake_id"));
        assertEquals(record.getString("task_id"), replay.json().getString("task_id"));

        long intakeId = record.getJsonNumber("intake_id").longValue();
        Http.Answer status =
                Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/intake/documents/" + intakeId))
                        .header("X-DocuElevate-Intake-Secret", SECRET)
                        .GET()
                        .build());
        assertEquals(200, status.status(), status.body());
        assertEquals(key, status.json().getString("idempotency_key"));
        assertEquals(404, admin.get("/api/intake/documents/" + intakeId).status(), "another principal's record");
    }

    @Test
    void wrongSecretMissingSecretRefusedTypeAndBadKeyAreRefused() {
        byte[] pdf = TestDocuments.textPdf("Refused intake " + UUID.randomUUID());
        assertRefused(intake("wrong-" + SECRET, "key-" + UUID.randomUUID(), "s", "a.pdf", pdf), 401, "secret");
        assertEquals(
                401, intake(null, "key-" + UUID.randomUUID(), "s", "a.pdf", pdf).status());
        assertRefused(intake(SECRET, "key-" + UUID.randomUUID(), "s", "a.pdf", TestDocuments.zip()), 415, "ZIP");
        assertRefused(intake(SECRET, "short", "s", "a.pdf", pdf), 422, "idempotency_key");
        Http.Answer elsewhere = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files"))
                .header("X-DocuElevate-Intake-Secret", SECRET)
                .GET()
                .build());
        assertEquals(401, elsewhere.status(), "the secret opens the intake endpoints only");
    }

    private static void assertRefused(Http.Answer answer, int status, String detailPart) {
        assertEquals(status, answer.status(), answer.body());
        String detail = answer.json().getString("detail");
        assertTrue(detail.toLowerCase().contains(detailPart.toLowerCase()), detail);
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    private static Http.Answer processUrl(String url, String filename) {
        var json = Json.createObjectBuilder().add("url", url);
        if (filename != null) {
            json.add("filename", filename);
        }
        return admin.postJson("/api/process-url", json.build().toString());
    }

    private static Http.Answer intake(String secret, String key, String source, String filename, byte[] content) {
        String boundary = "----intake-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : Map.of("idempotency_key", key, "source", source).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/intake/documents"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (secret != null) {
            request.header("X-DocuElevate-Intake-Secret", secret);
        }
        return Http.send(request.build());
    }

    private static String url(String path) {
        return "http://localhost:" + port() + path;
    }

    private static int port() {
        return remote.getAddress().getPort();
    }

    private static int hits(String path) {
        return hits.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static void serve(String path, Handler handler) {
        remote.createContext(path, exchange -> {
            try {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    send(exchange, 404, new byte[0], true);
                    return;
                }
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                handler.handle(exchange);
            } catch (IOException clientWentAway) {
                // the server under test stops reading an oversized body: expected
            } finally {
                exchange.close();
            }
        });
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean declareLength) throws IOException {
        exchange.sendResponseHeaders(status, declareLength ? (body.length == 0 ? -1 : body.length) : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, new byte[0], true);
    }
}
