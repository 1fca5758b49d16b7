package io.docuelevate.it.protection;

import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code redis-server} for one test (never the machine's shared Redis, which other tests use):
 * in-memory only, on a free port, so the test can kill and restart it.
 */
final class RedisServer implements AutoCloseable {

    private final int port = LibertyServer.freePort();
    private final Path log;
    private Process process;

    RedisServer(Path log) {
        this.log = log;
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    RedisServer start() {
        ProcessBuilder builder = new ProcessBuilder(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server is not installed (bin/setup-services installs it)", e);
        }
        Poll.until(Duration.ofSeconds(20), "redis-server on port " + port, () -> listens() ? Boolean.TRUE : null);
        return this;
    }

    /** Kills the server (SIGKILL), like a crashed or unreachable Redis. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean listens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        kill();
    }
}
