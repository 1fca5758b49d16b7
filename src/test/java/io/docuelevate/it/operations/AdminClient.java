package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The built-in administrator of a server started {@code withAuth()}: form login, then an API token for Bearer calls. */
final class AdminClient {

    private final LibertyServer server;
    private final String token;

    private AdminClient(LibertyServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Logs in as the administrator and creates an admin-scoped API token. */
    static AdminClient login(LibertyServer server) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + LibertyServer.ADMIN_USERNAME + "&password="
                + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, login.statusCode(), login.body());
        String csrf = json(login.body()).getString("csrf_token");
        HttpResponse<String> created = send(browser, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/api-tokens"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"operations-it\",\"admin_scope\":true}")).build());
        assertEquals(201, created.statusCode(), created.body());
        return new AdminClient(server, json(created.body()).getString("token"));
    }

    String token() {
        return token;
    }

    Http.Answer get(String path) {
        return Http.send(request(path).GET().build());
    }

    Http.Answer post(String path) {
        return Http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    Http.Answer upload(String path, String filename, byte[] content) {
        String boundary = "----operations-it";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return Http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(java.time.Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
