package io.docuelevate.infrastructure.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.HttpUrl;

/**
 * A loopback HTTP server that plays a cloud store's API in a contract test: it records every request as it came
 * over the wire (method, raw path and query, headers, body) and answers what the test's handler says.
 */
public final class CloudFake implements AutoCloseable {

    /** One request as received. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return parse(text());
        }

        /** A form-encoded body or the query, decoded. */
        public Map<String, String> form() {
            return decode(text());
        }

        public Map<String, String> params() {
            return decode(query == null ? "" : query);
        }
    }

    /** An answer: status, headers, body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply json(int status, JsonObject json) {
            return json(status, json.toString());
        }

        public static Reply bytes(byte[] body) {
            return new Reply(200, Map.of("Content-Type", "application/octet-stream"), body);
        }

        public static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        public static Reply empty(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0]);
        }
    }

    /** What the fake answers to a request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Recorded request) throws IOException;
    }

    /** Every host name answered with 127.0.0.1, where the fake listens. */
    public static final HostGuard LOOPBACK = host -> {
        try {
            return InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    };

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> faults = new ConcurrentHashMap<>();

    public CloudFake(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, handler));
        server.start();
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            Recorded request = new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestBody().readAllBytes());
            requests.add(request);
            Reply fault =
                    faults.getOrDefault(request.path(), new ArrayDeque<>()).poll();
            Reply reply;
            try {
                reply = fault != null ? fault : handler.handle(request);
            } catch (RuntimeException | AssertionError e) {
                reply = Reply.json(599, "{\"fake\":\"" + e.getClass().getSimpleName() + "\"}");
            }
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean noBody = reply.body().length == 0;
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    /** The next requests to {@code path} get these answers instead of the handler's, in order. */
    public void fail(String path, Reply... replies) {
        faults.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(replies));
    }

    /** The URL of {@code path} ({@code /api/}) on the fake. */
    public HttpUrl url(String path) {
        return HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /**
     * The URL of {@code path} under the host name {@code localhost}: OkHttp asks its Dns (the HostGuard) only for
     * names, never for an IP literal.
     */
    public HttpUrl named(String path) {
        return url(path).newBuilder().host("localhost").build();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request so far, in order. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code path}, in order. */
    public List<Recorded> to(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A processed file of {@code size} random bytes (seeded by the size), to be delivered as {@code name}. */
    public static DeliveredDocument document(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = dir.resolve("processed-" + size + ".pdf");
        Files.write(file, bytes);
        return DeliveredDocument.plain(file, name);
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static Map<String, String> decode(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            fields.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
