package io.docuelevate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Liberty server for one test scenario: a clone of the server folder the build prepared
 * ({@code liberty:create/deploy}), configured only through environment variables like production,
 * started with {@code bin/server run} so the test owns the JVM process (and can kill it).
 */
public final class LibertyServer implements AutoCloseable {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String TEMPLATE = System.getProperty("it.server.name", "docuelevate");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final List<String> INHERITED_SETTINGS = List.of(
            "DATABASE_URL",
            "WORKDIR",
            "REDIS_URL",
            "PORT",
            "HTTPS_PORT",
            "DOTENV_PATH",
            "AUTH_ENABLED",
            "MIGRATE_ON_STARTUP",
            "DOCUELEVATE_ROLE",
            "MEILISEARCH_URL",
            "SESSION_SECRET",
            "ADMIN_USERNAME",
            "ADMIN_PASSWORD",
            "LIBERTY_ADMIN_USER",
            "LIBERTY_ADMIN_PASSWORD");

    /**
     * Test servers compile with C1 only: a test server lives for a minute or two, most of it starting, where the
     * optimising compiler's work never pays back (a start took ~12 s instead of ~15.5 s on the 2-core CI machine).
     * Production servers keep the default tiered compilation.
     */
    private static final String TEST_JVM_ARGS = "-XX:TieredStopAtLevel=1";

    private final String name;
    private final Path serverDir;
    private final Path consoleLog;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final int httpPort;
    private final int httpsPort;
    private Process process;

    private LibertyServer(String name, boolean ear) {
        this.name = name;
        this.serverDir = WLP.resolve("usr/servers").resolve(name);
        this.consoleLog = WLP.resolve("usr/servers").resolve(name + "-console.log");
        this.httpPort = freePort();
        this.httpsPort = freePort();
        cloneTemplate(ear);
        environment.put("OMP_THREAD_LIMIT", "1");
        environment.put("JVM_ARGS", TEST_JVM_ARGS);
        environment.put("keystore_password", UUID.randomUUID().toString());
        environment.put("PORT", Integer.toString(httpPort));
        environment.put("HTTPS_PORT", Integer.toString(httpsPort));
        environment.put("WORKDIR", serverDir.resolve("workdir").toString());
        environment.put("DOTENV_PATH", serverDir.resolve(".env").toString());
        environment.put("AUTH_ENABLED", "false");
    }

    /** The built-in administrator of a server started {@link #withAuth()}. */
    public static final String ADMIN_USERNAME = "admin";

    /**
     * Turns authentication on with a strong random session secret and admin password (see
     * {@link #adminPassword()}), as production runs.
     */
    public LibertyServer withAuth() {
        environment.put("AUTH_ENABLED", "true");
        environment.put("SESSION_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
        environment.put("ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("ADMIN_PASSWORD", "Adm1n-" + UUID.randomUUID());
        return this;
    }

    /** The administrator's password of a server started {@link #withAuth()}. */
    public String adminPassword() {
        return environment.get("ADMIN_PASSWORD");
    }

    /** A server running the WAR, with a fresh work directory and embedded defaults. */
    public static LibertyServer war(String name) {
        return new LibertyServer(name, false);
    }

    /** A server running the EAR of {@code ear/} instead of the WAR. */
    public static LibertyServer ear(String name) {
        return new LibertyServer(name, true);
    }

    /**
     * Enables a configuration file shipped with the server but not included by server.xml (such as
     * {@code admin-center.xml}) the way operators do: a copy in the server's {@code configDropins/overrides/}.
     */
    public LibertyServer withConfigOverride(String file) {
        Path target = serverDir.resolve("configDropins/overrides").resolve(file);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(
                    WLP.resolve("usr/servers").resolve(TEMPLATE).resolve(file),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LibertyServer env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The HTTPS endpoint ({@code HTTPS_PORT}, Liberty's self-signed certificate unless TLS_KEYSTORE_FILE is set). */
    public String httpsBaseUrl() {
        return "https://127.0.0.1:" + httpsPort;
    }

    public Path workdir() {
        return Path.of(environment.get("WORKDIR"));
    }

    public Path serverDir() {
        return serverDir;
    }

    /** Starts the server and waits until start-up has finished ({@code /health/started} UP). */
    public LibertyServer start() {
        launch();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "server " + name + " exited with " + process.exitValue() + ":\n" + console());
            }
            Http.Answer started = Http.tryGet(baseUrl() + "/health/started");
            if (started != null && started.status() == 200) {
                return this;
            }
            Poll.pause();
        }
        throw new IllegalStateException(
                "server " + name + " did not start within " + START_TIMEOUT + ":\n" + console());
    }

    /** Starts a server that is expected to refuse to start; returns its exit code. */
    public int startExpectingExit(Duration within) {
        launch();
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + name + " was still running after " + within + ":\n" + console());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("server " + name + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
        INHERITED_SETTINGS.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server gracefully (like Kubernetes' SIGTERM) and waits for the process to end. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the JVM with SIGKILL, as a crash or {@code kill -9} would. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Everything the server printed so far (console output across restarts). */
    public String console() {
        try {
            return Files.exists(consoleLog) ? Files.readString(consoleLog, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's messages.log (Liberty's own log file). */
    public String messagesLog() {
        Path log = serverDir.resolve("logs/messages.log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void cloneTemplate(boolean ear) {
        Path template = WLP.resolve("usr/servers").resolve(TEMPLATE);
        try {
            deleteRecursively(serverDir);
            Files.deleteIfExists(consoleLog);
            Files.createDirectories(serverDir.resolve("apps"));
            for (String file : List.of("server.xml", "datasource.xml")) {
                Files.copy(template.resolve(file), serverDir.resolve(file));
            }
            copyRecursively(template.resolve("jdbc"), serverDir.resolve("jdbc"));
            if (ear) {
                Path buildDir = Path.of(System.getProperty("it.build.dir", "target"));
                Files.copy(buildDir.resolve("docuelevate.ear"), serverDir.resolve("apps/docuelevate.ear"));
                Path serverXml = serverDir.resolve("server.xml");
                String config = Files.readString(serverXml);
                String replaced = config.replaceFirst(
                        "<webApplication [^>]*/>",
                        "<enterpriseApplication id=\"docuelevate\" name=\"docuelevate\" location=\"docuelevate.ear\"/>");
                if (replaced.equals(config)) {
                    throw new IllegalStateException("server.xml has no webApplication element to replace");
                }
                Files.writeString(serverXml, replaced);
            } else {
                Files.copy(template.resolve("apps/docuelevate.war"), serverDir.resolve("apps/docuelevate.war"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
