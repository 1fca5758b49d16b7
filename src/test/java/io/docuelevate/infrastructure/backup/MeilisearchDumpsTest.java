package io.docuelevate.infrastructure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dump trigger against a stub that speaks Meilisearch's documented wire format ({@code POST /dumps} → 202 task). */
class MeilisearchDumpsTest {

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile String body =
            "{\"taskUid\":17,\"indexUid\":null,\"status\":\"enqueued\",\"type\":\"dumpCreation\","
                    + "\"enqueuedAt\":\"2026-11-28T12:00:00Z\"}";
    private HttpServer meili;
    private String url;

    @BeforeEach
    void start() throws IOException {
        meili = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        meili.createContext("/dumps", exchange -> {
            authorizations.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        meili.start();
        url = "http://127.0.0.1:" + meili.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        meili.stop(0);
    }

    @Test
    void aDumpIsRequestedWithTheKeyAndItsTaskUidRecorded() {
        BackupManifest.Meilisearch result = MeilisearchDumps.trigger(url, Optional.of("master-key"));
        assertEquals("enqueued", result.status());
        assertEquals(17L, result.taskUid());
        assertEquals(List.of("POST Bearer master-key"), authorizations);
    }

    @Test
    void aRefusalOrAnUnreachableServerIsRecordedNotThrown() {
        status = 401;
        body = "{\"message\":\"The Authorization header is missing.\",\"code\":\"missing_authorization_header\"}";
        BackupManifest.Meilisearch refused = MeilisearchDumps.trigger(url, Optional.empty());
        assertEquals("failed", refused.status());
        assertNull(refused.taskUid());
        assertTrue(refused.detail().contains("missing_authorization_header"), refused.detail());
        assertEquals(List.of("POST null"), authorizations, "no Authorization header without a key");

        meili.stop(0);
        BackupManifest.Meilisearch gone = MeilisearchDumps.trigger(url, Optional.empty());
        assertEquals("failed", gone.status());
    }
}
