package io.docuelevate.it.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Multipart;
import io.docuelevate.it.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code MAX_UPLOAD_SIZE} (1 MiB here) and {@code MAX_REQUEST_BODY_SIZE} (default 1 MiB): 413 with a JSON
 * detail naming the setting, before reading when the length is declared and while streaming when it is
 * not (chunked), and no partial file left behind.
 */
class BodyLimitIT {

    private static final int MIB = 1 << 20;
    /** Chunked transfer is HTTP/1.1; the JDK client would otherwise switch to HTTP/2 (h2c) after a closed connection. */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final HttpClient HTTP_2 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-bodylimit")
                .env("MAX_UPLOAD_SIZE", Integer.toString(MIB))
                .env("RATE_LIMITING_ENABLED", "false")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anOversizedUploadWithContentLengthIsRefusedBeforeReading() throws IOException {
        List<Path> before = stored();
        long documents = documentCount();
        Http.Answer answer = upload(HttpRequest.BodyPublishers.ofByteArray(multipart(2 * MIB)));
        assertTooLarge(answer, "MAX_UPLOAD_SIZE");
        assertTrue(
                answer.json()
                        .getString("detail")
                        .startsWith("Request body too large: " + (2 * MIB + multipartOverhead())),
                answer.body());
        assertEquals(before, stored(), "nothing written to tmp/ or original/");
        assertEquals(documents, documentCount());
    }

    @Test
    void anOversizedChunkedUploadIsRefusedWhileStreamingAndItsPartialFileRemoved() throws IOException {
        List<Path> before = stored();
        long documents = documentCount();
        Http.Answer answer =
                upload(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(multipart(3 * MIB))));
        assertTooLarge(answer, "MAX_UPLOAD_SIZE");
        assertEquals(before, stored(), "the partial file in tmp/ is gone and nothing reached original/");
        assertEquals(documents, documentCount());
    }

    @Test
    void uploadsWithinTheLimitStillWorkChunkedOrNot() {
        byte[] pdf = TestDocuments.textPdf("Body limit test " + UUID.randomUUID());
        Multipart small = Multipart.file("ok.pdf", pdf);
        Http.Answer chunked = Http.send(
                HTTP_1_1,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/ui-upload"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", small.contentType())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.body())))
                        .build());
        assertEquals(200, chunked.status(), chunked.body());
        byte[] declared = Multipart.file(
                        BOUNDARY, "ok2.pdf", TestDocuments.textPdf("Body limit test " + UUID.randomUUID()))
                .body();
        Http.Answer withLength = upload(HttpRequest.BodyPublishers.ofByteArray(declared));
        assertEquals(200, withLength.status(), withLength.body());
    }

    @Test
    void aJsonBodyOverOneMibIsRefusedWithAndWithoutContentLength() {
        byte[] json = bigJsonArray(MIB + 10);
        assertTooLarge(postJson(HttpRequest.BodyPublishers.ofByteArray(json)), "MAX_REQUEST_BODY_SIZE");
        assertTrue(postJson(HttpRequest.BodyPublishers.ofByteArray(json))
                .json()
                .getString("detail")
                .startsWith("Request body too large: " + json.length + " bytes (maximum allowed: 1048576 bytes)"));

        Http.Answer chunked = postJson(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));
        assertTooLarge(chunked, "MAX_REQUEST_BODY_SIZE");
        assertFalse(server.messagesLog().contains("Unexpected error"), "a streamed 413 is no server error");
    }

    @Test
    void http2IsOffByDefaultSoAClientAskingForItIsRefusedWhileStreamingToo() throws Exception {
        HttpResponse<String> probe = HTTP_2.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/health"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(
                HttpClient.Version.HTTP_1_1, probe.version(), "the h2c upgrade is declined (HTTP_PROTOCOL_VERSION)");
        byte[] json = bigJsonArray(2 * MIB);
        Http.Answer answer =
                postJson(HTTP_2, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));
        assertTooLarge(answer, "MAX_REQUEST_BODY_SIZE");
    }

    @Test
    void smallBodiesPassChunkedOrNot() {
        byte[] json = "[999999]".getBytes(StandardCharsets.UTF_8);
        assertEquals(404, postJson(HttpRequest.BodyPublishers.ofByteArray(json)).status());
        assertEquals(
                404,
                postJson(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                        .status());
    }

    @Test
    void aFormWithoutDeclaredLengthIsRefused() {
        Http.Answer answer = Http.send(
                HTTP_1_1,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files/bulk-delete"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream("a=b".getBytes(StandardCharsets.UTF_8))))
                        .build());
        assertEquals(411, answer.status(), answer.body());
        assertTrue(answer.json().getString("detail").contains("Content-Length"));
    }

    private static void assertTooLarge(Http.Answer answer, String setting) {
        assertEquals(413, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        String detail = answer.json().getString("detail");
        assertTrue(
                detail.contains("too large") && detail.contains(setting) && detail.contains("SECURITY_AUDIT.md"),
                detail);
    }

    private static Http.Answer upload(HttpRequest.BodyPublisher body) {
        return Http.send(
                HTTP_1_1,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/ui-upload"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(body)
                        .build());
    }

    private static Http.Answer postJson(HttpRequest.BodyPublisher body) {
        return postJson(HTTP_1_1, body);
    }

    private static Http.Answer postJson(HttpClient client, HttpRequest.BodyPublisher body) {
        return Http.send(
                client,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/files/bulk-delete"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(body)
                        .build());
    }

    private static final String BOUNDARY = "----body-limit-boundary";

    private static byte[] multipart(int fileBytes) {
        byte[] content = TestDocuments.textPdf("oversized");
        byte[] padded = Arrays.copyOf(content, fileBytes);
        return Multipart.file(BOUNDARY, "big.pdf", padded).body();
    }

    private static int multipartOverhead() {
        return Multipart.file(BOUNDARY, "big.pdf", new byte[0]).body().length;
    }

    private static byte[] bigJsonArray(int size) {
        StringBuilder json = new StringBuilder(size + 16).append('[');
        while (json.length() < size) {
            json.append("1,");
        }
        return json.append("1]").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long documentCount() {
        return Http.get(server.baseUrl() + "/api/files")
                .json()
                .getJsonObject("pagination")
                .getJsonNumber("total")
                .longValue();
    }

    /** The upload staging files under WORKDIR/tmp and everything under WORKDIR/original. */
    private static List<Path> stored() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"tmp", "original"}) {
            Path root = server.workdir().resolve(dir);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !dir.equals("tmp")
                                    || f.getFileName().toString().startsWith("upload-"))
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }
}
