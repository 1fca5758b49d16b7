package io.docuelevate.infrastructure.delivery.ftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.it.support.TestCertificates;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FtpStore} against a real Apache FtpServer on 127.0.0.1 (plain, and explicit FTPS with a self-signed key
 * made by keytool). The server announces an unroutable passive address (192.0.2.1), so every transfer also proves
 * that data connections go to the control connection's address.
 */
class FtpStoreTest {

    private static final String USER = "scan";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final String STORE_PASSWORD = "changeit";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HostGuard LOOPBACK = host -> InetAddress.getLoopbackAddress();

    @TempDir
    Path home;

    @TempDir
    Path local;

    private FtpServer server;
    private int port;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private void startServer(Optional<Path> keystore) throws Exception {
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("192.0.2.1");
        if (keystore.isPresent()) {
            SslConfigurationFactory ssl = new SslConfigurationFactory();
            ssl.setKeystoreFile(keystore.get().toFile());
            ssl.setKeystoreType("PKCS12");
            ssl.setKeystorePassword(STORE_PASSWORD);
            listener.setSslConfiguration(ssl.createSslConfiguration());
            listener.setImplicitSsl(false);
            data.setSslConfiguration(ssl.createSslConfiguration());
        }
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        Path userFile = Files.createFile(local.resolve("users.properties"));
        users.setFile(userFile.toFile());
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(home.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        factory.setUserManager(manager);
        server = factory.createServer();
        server.start();
        Listener started = factory.getListener("default");
        port = started.getPort();
    }

    private FtpStore store(String password, String folder, boolean tls, boolean plaintext, Optional<Path> trust) {
        return new FtpStore(
                new FtpTarget("127.0.0.1", port, USER, password, folder, tls, plaintext, trust, STORE_PASSWORD),
                LOOPBACK,
                TIMEOUT);
    }

    private DeliveredDocument document(String name, String content) throws Exception {
        Path file = local.resolve("src-" + System.nanoTime() + ".pdf");
        Files.writeString(file, content);
        return DeliveredDocument.plain(file, name);
    }

    @Test
    void putCreatesFolderNeverOverwritesAndListsGetsDeletes() throws Exception {
        startServer(Optional.empty());
        FtpStore store = store(PASSWORD, "out/scans", false, true, Optional.empty());

        assertEquals("Rechnung.pdf", store.put(document("Rechnung.pdf", "first")));
        assertEquals("Rechnung_2.pdf", store.put(document("Rechnung.pdf", "second")));
        assertFalse(store.putIfAbsent("Rechnung.pdf", document("Rechnung.pdf", "third")));

        Path folder = home.resolve("out/scans");
        assertEquals("first", Files.readString(folder.resolve("Rechnung.pdf")));
        assertEquals("second", Files.readString(folder.resolve("Rechnung_2.pdf")));
        List<RemoteEntry> entries = store.list();
        assertEquals(
                List.of("Rechnung.pdf", "Rechnung_2.pdf"),
                entries.stream().map(RemoteEntry::name).sorted().toList());
        assertEquals(
                5,
                entries.stream()
                        .filter(e -> e.name().equals("Rechnung.pdf"))
                        .findFirst()
                        .orElseThrow()
                        .size());

        Path copy = local.resolve("copy.pdf");
        Files.writeString(copy, "old content to be replaced");
        store.get("Rechnung_2.pdf", copy);
        assertEquals("second", Files.readString(copy));

        store.delete("Rechnung.pdf");
        store.delete("Rechnung.pdf");
        assertFalse(Files.exists(folder.resolve("Rechnung.pdf")));
        assertEquals(
                List.of("Rechnung_2.pdf"),
                store.list().stream().map(RemoteEntry::name).toList());
    }

    @Test
    void binaryContentArrivesByteIdenticalAndTestLeavesNothing() throws Exception {
        startServer(Optional.empty());
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        Path file = local.resolve("scan.pdf");
        Files.write(file, bytes);
        FtpStore store = store(PASSWORD, "", false, true, Optional.empty());

        assertEquals("scan.pdf", store.put(DeliveredDocument.plain(file, "scan.pdf")));
        store.test();

        assertArrayEquals(bytes, Files.readAllBytes(home.resolve("scan.pdf")));
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(
                    List.of("scan.pdf"),
                    left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void listOfMissingFolderIsEmpty() throws Exception {
        startServer(Optional.empty());

        assertEquals(
                List.of(),
                store(PASSWORD, "nowhere", false, true, Optional.empty()).list());
    }

    @Test
    void wrongPasswordIsNotTransientAndNeverQuoted() throws Exception {
        startServer(Optional.empty());
        FtpStore store = store("wrong-Pa55word", "", false, true, Optional.empty());

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().contains("authentication failed for user scan"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-Pa55word"));
    }

    @Test
    void stoppedServerIsTransient() throws Exception {
        startServer(Optional.empty());
        FtpStore store = store(PASSWORD, "", false, true, Optional.empty());
        server.stop();
        server = null;

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertTrue(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().startsWith("FTP 127.0.0.1:"), e.getMessage());
    }

    @Test
    void refusedHostIsRefusedBeforeAnyConnection() throws Exception {
        HostGuard refusing = host -> {
            throw new RemoteStoreException(host + " is a private address", false);
        };
        FtpStore store = new FtpStore(
                new FtpTarget("127.0.0.1", 1, USER, PASSWORD, "", false, true, Optional.empty(), ""),
                refusing,
                TIMEOUT);

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private address"), e.getMessage());
    }

    @Test
    void plainServerWithTlsRequiredFailsClearlyAndFallsBackOnlyWhenAllowed() throws Exception {
        startServer(Optional.empty());

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(PASSWORD, "", true, false, Optional.empty()).test());
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("TLS could not be negotiated"), e.getMessage());
        assertTrue(e.getMessage().contains("FTP_ALLOW_PLAINTEXT"), e.getMessage());

        store(PASSWORD, "", true, true, Optional.empty()).put(document("plain.pdf", "plain"));
        assertEquals("plain", Files.readString(home.resolve("plain.pdf")));
    }

    @Test
    void explicitFtpsWithTrustStoreTransfersOverTls() throws Exception {
        TestCertificates.Stores key =
                TestCertificates.create(local, "ftp", "ip:127.0.0.1,dns:localhost", STORE_PASSWORD, STORE_PASSWORD);
        Path truststore = key.truststore();
        startServer(Optional.of(key.keystore()));

        FtpStore tls = store(PASSWORD, "secure", true, false, Optional.of(truststore));
        assertEquals("doc.pdf", tls.put(document("doc.pdf", "over tls")));
        assertEquals(
                List.of("doc.pdf"), tls.list().stream().map(RemoteEntry::name).toList());
        Path copy = local.resolve("copy.pdf");
        tls.get("doc.pdf", copy);
        assertEquals("over tls", Files.readString(copy));
        tls.test();
        tls.delete("doc.pdf");
        assertFalse(Files.exists(home.resolve("secure/doc.pdf")));

        FtpStore otherName = new FtpStore(
                new FtpTarget(
                        "ftp.example.test",
                        port,
                        USER,
                        PASSWORD,
                        "",
                        true,
                        false,
                        Optional.of(truststore),
                        STORE_PASSWORD),
                LOOPBACK,
                TIMEOUT);
        RemoteStoreException mismatch = assertThrows(RemoteStoreException.class, otherName::test);
        assertFalse(mismatch.isTransient());
        assertTrue(mismatch.getMessage().contains("TLS could not be negotiated"), mismatch.getMessage());

        RemoteStoreException untrusted = assertThrows(
                RemoteStoreException.class,
                () -> store(PASSWORD, "", true, false, Optional.empty()).test());
        assertFalse(untrusted.isTransient());
        assertTrue(untrusted.getMessage().contains("TLS could not be negotiated"), untrusted.getMessage());
    }
}
