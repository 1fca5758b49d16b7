package io.docuelevate.infrastructure.delivery.webdav;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WebDAV store against a real WebDAV server: Apache httpd with mod_dav on loopback, started by the test. */
class WebDavStoreTest {

    private static final String USER = "scan";
    private static final String PASSWORD = "s3cret-dav-pw";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path work;

    static ApacheDavServer server;

    @TempDir
    Path files;

    @BeforeAll
    static void startServer() throws Exception {
        server = ApacheDavServer.start(work, USER, PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private WebDavStore store(String folder, String password) {
        return new WebDavStore(
                WebDavTarget.of("WebDAV", "WEBDAV_URL", server.url(), USER, password, folder, true),
                HostGuard.TRUSTED,
                TIMEOUT);
    }

    private DeliveredDocument document(String name, String content) throws IOException {
        Path file = Files.writeString(files.resolve("f-" + System.nanoTime()), content);
        return DeliveredDocument.plain(file, name);
    }

    @Test
    void putCreatesTheFolderAndStoresByteIdenticalContentUnderItsName() throws Exception {
        DeliveredDocument document = document("Rechnung März 2026.pdf", "%PDF-1.7 invoice");
        String name = store("scans/2026", PASSWORD).put(document);
        assertEquals("Rechnung März 2026.pdf", name);
        assertArrayEquals(
                Files.readAllBytes(document.file()),
                Files.readAllBytes(server.root.resolve("scans/2026/Rechnung März 2026.pdf")));
    }

    @Test
    void aTakenNameIsRefusedByTheServerAndAClashGetsASuffixWithoutOverwriting() throws Exception {
        WebDavStore store = store("clash", PASSWORD);
        assertTrue(store.putIfAbsent("a.pdf", document("a.pdf", "first")));
        assertFalse(store.putIfAbsent("a.pdf", document("a.pdf", "second")));
        String second = store.put(document("a.pdf", "third"));
        assertNotEquals("a.pdf", second);
        assertEquals("first", Files.readString(server.root.resolve("clash/a.pdf")));
        assertEquals("third", Files.readString(server.root.resolve("clash").resolve(second)));
    }

    @Test
    void listGetAndDeleteSeeOnlyTheFilesOfTheFolder() throws Exception {
        WebDavStore store = store("listed", PASSWORD);
        store.put(document("one two.pdf", "12345"));
        store.put(document("b.pdf", "xy"));
        Files.createDirectories(server.root.resolve("listed/sub"));
        List<RemoteEntry> entries = store.list();
        assertEquals(
                List.of("b.pdf:2", "one two.pdf:5"),
                entries.stream().map(e -> e.name() + ":" + e.size()).sorted().toList());
        assertTrue(entries.stream().allMatch(e -> e.modified() != null));

        Path copy = files.resolve("copy");
        Files.writeString(copy, "old content, replaced");
        store.get("one two.pdf", copy);
        assertEquals("12345", Files.readString(copy));

        store.delete("one two.pdf");
        store.delete("never-there.pdf");
        assertFalse(Files.exists(server.root.resolve("listed/one two.pdf")));
        RemoteStoreException missing = assertThrows(RemoteStoreException.class, () -> store.get("one two.pdf", copy));
        assertFalse(missing.isTransient());
    }

    @Test
    void connectionTestPassesAndLeavesNothingBehind() throws Exception {
        store("tested/deeper", PASSWORD).test();
        try (Stream<Path> left = Files.list(server.root.resolve("tested/deeper"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aWrongPasswordIsNotTransientAndNotQuoted() {
        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store("x", "wrong-password-42").put(document("w.pdf", "w")));
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("authentication failed for user 'scan'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("WebDAV 127.0.0.1:" + server.port), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password-42"));
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void aStoppedServerIsTransient() throws Exception {
        String url = "http://127.0.0.1:" + ApacheDavServer.freePort() + "/";
        WebDavStore stopped = new WebDavStore(
                WebDavTarget.of("WebDAV", "WEBDAV_URL", url, USER, PASSWORD, "", true), HostGuard.TRUSTED, TIMEOUT);
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> stopped.put(document("s.pdf", "s")));
        assertTrue(e.isTransient());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void aRefusingHostGuardStopsTheRequestBeforeAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HostGuard refusing = host -> {
                throw new RemoteStoreException(host + " is a private address", false);
            };
            WebDavStore store = new WebDavStore(
                    WebDavTarget.of(
                            "WebDAV",
                            "url",
                            "http://localhost:" + listener.getLocalPort() + "/",
                            USER,
                            PASSWORD,
                            "",
                            true),
                    refusing,
                    TIMEOUT);
            RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);
            assertFalse(e.isTransient());
            assertTrue(e.getMessage().contains("localhost is a private address"), e.getMessage());
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void nextcloudIsTheSameStoreUnderItsOwnKeys() throws Exception {
        WebDavStore nextcloud = new WebDavStore(
                WebDavTarget.fromIntegration(
                        "Nextcloud",
                        "upload_url",
                        Map.of("upload_url", server.url(), "username", USER, "folder", "/nc/"),
                        Map.of("password", PASSWORD)),
                HostGuard.TRUSTED,
                TIMEOUT);
        assertEquals("n.pdf", nextcloud.put(document("n.pdf", "nc")));
        assertEquals("nc", Files.readString(server.root.resolve("nc/n.pdf")));
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> WebDavTarget.fromIntegration("Nextcloud", "upload_url", Map.of(), Map.of()));
        assertEquals("upload_url is required", missing.getMessage());
    }

    @Test
    void listingsWithADoctypeAreRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>&x;</d:href></d:response></d:multistatus>";
        assertThrows(
                IOException.class,
                () -> Multistatus.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }
}
