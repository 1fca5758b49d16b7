package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Multipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

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
        HttpClient browser = Http.browser();
        Http.Answer login = Http.send(
                browser,
                Http.loginRequest(server.baseUrl(), LibertyServer.ADMIN_USERNAME, server.adminPassword())
                        .build());
        assertEquals(200, login.status(), login.body());
        String csrf = login.json().getString("csrf_token");
        Http.Answer created = Http.send(
                browser,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/api-tokens"))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-Token", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"operations-it\",\"admin_scope\":true}"))
                        .build());
        assertEquals(201, created.status(), created.body());
        return new AdminClient(server, created.json().getString("token"));
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
        Multipart body = Multipart.file(filename, content);
        return Http.send(request(path)
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
    }
}
