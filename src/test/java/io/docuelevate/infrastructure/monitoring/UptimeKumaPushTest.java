package io.docuelevate.infrastructure.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The push goes out through the MicroProfile Rest Client exactly as {@link UptimeKumaUrl} built it, and any status comes back. */
class UptimeKumaPushTest {

    private HttpServer kuma;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        kuma = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kuma.createContext("/api/push/tok", exchange -> {
            requests.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                            + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        kuma.start();
    }

    @AfterEach
    void stop() {
        kuma.stop(0);
    }

    @Test
    void theBuiltUrlIsSentAsItIsAndTheStatusComesBack() {
        URI target = UptimeKumaUrl.build(
                "http://127.0.0.1:" + kuma.getAddress().getPort() + "/api/push/tok?status=up&msg=OK&ping=",
                false,
                "degraded: redis error",
                12);
        assertEquals(200, UptimeKumaHeartbeat.send(target));
        assertEquals(List.of("GET /api/push/tok?status=down&msg=degraded%3A%20redis%20error&ping=12"), requests);
        status.set(500);
        assertEquals(500, UptimeKumaHeartbeat.send(target));
    }
}
