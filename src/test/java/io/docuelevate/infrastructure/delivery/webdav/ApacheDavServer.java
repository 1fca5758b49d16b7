package io.docuelevate.infrastructure.delivery.webdav;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Apache httpd with mod_dav_fs, started as a process on a free loopback port with its own configuration,
 * Basic auth for one user and a DAV root in a temporary folder. Apache rather than {@code rclone serve webdav}:
 * rclone 1.60 (Debian 12) ignores {@code If-None-Match: *} and overwrites, mod_dav answers 412.
 */
final class ApacheDavServer implements AutoCloseable {

    static final Path APACHE = Path.of("/usr/sbin/apache2");
    static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    final Path root;
    final int port;
    private final Process process;

    private ApacheDavServer(Path root, int port, Process process) {
        this.root = root;
        this.port = port;
        this.process = process;
    }

    static ApacheDavServer start(Path work, String user, String password) throws Exception {
        if (!Files.isExecutable(APACHE) || !Files.exists(MODULES.resolve("mod_dav_fs.so"))) {
            fail("Apache httpd with mod_dav (Debian package apache2-bin) is missing: run bin/setup-services");
        }
        Path root = Files.createDirectories(work.resolve("dav"));
        Files.createDirectories(work.resolve("run"));
        String sha = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(work.resolve("users"), user + ":{SHA}" + sha + "\n");
        int port = freePort();
        StringBuilder conf = new StringBuilder();
        conf.append("ServerRoot ")
                .append(work)
                .append('\n')
                .append("PidFile ")
                .append(work.resolve("run/httpd.pid"))
                .append('\n')
                .append("Listen 127.0.0.1:")
                .append(port)
                .append('\n')
                .append("ServerName 127.0.0.1\n")
                .append("ErrorLog ")
                .append(work.resolve("error.log"))
                .append('\n')
                .append("DavLockDB ")
                .append(work.resolve("run/davlock"))
                .append('\n');
        for (String module : new String[] {
            "mpm_event", "authn_core", "authn_file", "authz_core", "authz_user", "auth_basic", "dav", "dav_fs"
        }) {
            conf.append("LoadModule ")
                    .append(module)
                    .append("_module ")
                    .append(MODULES.resolve("mod_" + module + ".so"))
                    .append('\n');
        }
        conf.append("DocumentRoot ")
                .append(root)
                .append('\n')
                .append("<Directory ")
                .append(root)
                .append(">\n")
                .append("  Dav On\n  AuthType Basic\n  AuthName dav\n  AuthBasicProvider file\n")
                .append("  AuthUserFile ")
                .append(work.resolve("users"))
                .append('\n')
                .append("  Require valid-user\n</Directory>\n");
        Path confFile = work.resolve("httpd.conf");
        Files.writeString(confFile, conf);
        Process process = new ProcessBuilder(APACHE.toString(), "-f", confFile.toString(), "-DFOREGROUND")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("stdout.log").toFile())
                .start();
        ApacheDavServer server = new ApacheDavServer(root, port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                fail("Apache did not start: " + Files.readString(work.resolve("stdout.log"))
                        + (Files.exists(work.resolve("error.log")) ? Files.readString(work.resolve("error.log")) : ""));
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
