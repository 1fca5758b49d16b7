package io.docuelevate.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The integration tests' HTTP helper: every call goes to the loopback server under test. Uploads are built by
 * {@link Multipart}; sessions are a {@link #browser()} client (cookies kept, redirects not followed) logged in
 * with {@link #loginRequest}.
 */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, headers and body text. */
    public record Answer(int status, String body, HttpHeaders headers) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private Http() {}

    public static Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    /** Like {@link #get} but {@code null} while the server is not listening. */
    public static Answer tryGet(String url) {
        try {
            return get(url);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** {@code POST} of a multipart form with one file field named {@code file}, as browsers and the CLI send it. */
    public static Answer upload(String url, String filename, byte[] content) {
        Multipart body = Multipart.file(filename, content);
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
    }

    public static Answer upload(String url, Path file) {
        try {
            return upload(url, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public static Answer delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .DELETE()
                .build());
    }

    public static Answer send(HttpRequest request) {
        return send(CLIENT, request);
    }

    /** Sends with a client of the caller's (a pinned HTTP version, a test TLS context). */
    public static Answer send(HttpClient client, HttpRequest request) {
        HttpResponse<String> response = exchange(client, request);
        return new Answer(response.statusCode(), response.body(), response.headers());
    }

    /** The full text response (version, redirects, cookies) through the caller's client. */
    public static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
        return call(client, request, HttpResponse.BodyHandlers.ofString());
    }

    /** A binary answer (downloads, ZIP archives, PDFs). */
    public static HttpResponse<byte[]> download(HttpRequest request) {
        return call(CLIENT, request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@code GET} of a binary answer. */
    public static HttpResponse<byte[]> download(String url) {
        return download(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build());
    }

    /** A browser session: keeps its cookies, never follows redirects (the tests look at them). */
    public static HttpClient browser() {
        return browser(new CookieManager());
    }

    /** A browser session sharing the given cookie store. */
    public static HttpClient browser(CookieManager cookies) {
        return HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The login form {@code POST /auth}, asking for the JSON answer that carries the CSRF token. */
    public static HttpRequest.Builder loginRequest(String baseUrl, String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(baseUrl + "/auth"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static <T> HttpResponse<T> call(
            HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
