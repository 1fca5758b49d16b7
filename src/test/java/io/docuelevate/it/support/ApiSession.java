package io.docuelevate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A signed-in user's session against the REST API, as the pages' scripts use it (session cookie and CSRF
 * header): for tests that prepare users and documents before looking at them in the browser.
 */
public final class ApiSession {

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient client;
    private final String csrf;

    private ApiSession(String baseUrl, CookieManager cookies, String csrf) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.client = Http.browser(cookies);
        this.csrf = csrf;
    }

    /** Signs in through {@code POST /auth}; fails the test when the credentials are refused. */
    public static ApiSession signIn(LibertyServer server, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpResponse<String> login = Http.exchange(
                Http.browser(cookies),
                Http.loginRequest(server.baseUrl(), username, password).build());
        assertEquals(200, login.statusCode(), "sign-in of " + username + ": " + login.body());
        String csrf =
                Json.createReader(new StringReader(login.body())).readObject().getString("csrf_token");
        return new ApiSession(server.baseUrl(), cookies, csrf);
    }

    public static ApiSession admin(LibertyServer server) {
        return signIn(server, LibertyServer.ADMIN_USERNAME, server.adminPassword());
    }

    /** Creates a local user (this session must be an administrator's). */
    public void createUser(String username, String password, boolean admin) {
        Http.Answer created = postJson(
                "/api/admin/users/local",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("password", password)
                        .add("is_admin", admin)
                        .build()
                        .toString());
        assertEquals(201, created.status(), created.body());
    }

    /** Uploads a file through {@code POST /api/ui-upload} and returns the new document's id. */
    public long upload(String filename, byte[] content) {
        Multipart body = Multipart.file(filename, content);
        Http.Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/ui-upload"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", body.contentType())
                .header("X-CSRF-Token", csrf)
                .POST(body.publisher())
                .build());
        assertEquals(200, answer.status(), "upload of " + filename + ": " + answer.body());
        return answer.json().getJsonNumber("file_id").longValue();
    }

    /** Polls the document until it is completed, failed or a duplicate, and returns its detail. */
    public JsonObject awaitTerminal(long fileId, Duration within) {
        return Poll.until(within, "file " + fileId + " to reach a terminal state", () -> {
            Http.Answer answer = get("/api/files/" + fileId);
            if (answer.status() != 200) {
                return null;
            }
            JsonObject detail = answer.json();
            String status = Documents.status(detail);
            return status.equals("completed") || status.equals("failed") || status.equals("duplicate") ? detail : null;
        });
    }

    public Http.Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    }

    public Http.Answer postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Any method with any body and content type, as a careless or hostile client sends it. */
    public Http.Answer send(String method, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("X-CSRF-Token", csrf)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** The session's cookie and CSRF headers, for requests sent without {@link HttpClient} (raw sockets). */
    public Map<String, String> authHeaders() {
        String cookie = cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", cookie, "X-CSRF-Token", csrf);
    }

    private Http.Answer send(HttpRequest request) {
        return Http.send(client, request);
    }
}
