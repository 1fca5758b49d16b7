package io.docuelevate.infrastructure.delivery.sftp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SftpStore} against a real Apache MINA SSHD SFTP server on 127.0.0.1, its files in a temporary folder. */
class SftpStoreTest {

    private static final String USER = "scan";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HostGuard LOOPBACK = host -> InetAddress.getLoopbackAddress();

    @TempDir
    Path root;

    @TempDir
    Path local;

    private SshServer server;
    private KeyPair clientKey;
    private PublicKey hostKey;
    private final AtomicInteger sessions = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        clientKey = generator.generateKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
        server.setKeyPairProvider(hostKeys);
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator(
                (user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, clientKey.getPublic()));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessions.incrementAndGet();
            }
        });
        server.start();
        hostKey = hostKeys.loadKeys(null).iterator().next().getPublic();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop(true);
    }

    private Path knownHosts(PublicKey key) throws Exception {
        Path file = local.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key) + "\n");
        return file;
    }

    private SftpStore store(String password, String folder, SftpHostKeys keys) {
        return new SftpStore(
                new SftpTarget("127.0.0.1", server.getPort(), USER, password, "", "", folder, keys), LOOPBACK, TIMEOUT);
    }

    private DeliveredDocument document(String name, String content) throws Exception {
        Path file = local.resolve("src-" + System.nanoTime() + ".pdf");
        Files.writeString(file, content);
        return DeliveredDocument.plain(file, name);
    }

    @Test
    void knownHostAcceptedPutCreatesFolderNeverOverwritesAndListsGetsDeletes() throws Exception {
        SftpStore store = store(PASSWORD, "out/scans", SftpHostKeys.knownHosts(Optional.of(knownHosts(hostKey))));

        assertEquals("Rechnung.pdf", store.put(document("Rechnung.pdf", "first")));
        assertEquals("Rechnung_2.pdf", store.put(document("Rechnung.pdf", "second")));
        assertFalse(store.putIfAbsent("Rechnung.pdf", document("Rechnung.pdf", "third")));

        Path folder = root.resolve("out/scans");
        assertEquals("first", Files.readString(folder.resolve("Rechnung.pdf")));
        assertEquals("second", Files.readString(folder.resolve("Rechnung_2.pdf")));
        List<String> names =
                store.list().stream().map(RemoteEntry::name).sorted().toList();
        assertEquals(List.of("Rechnung.pdf", "Rechnung_2.pdf"), names);
        assertEquals(
                5,
                store.list().stream()
                        .filter(e -> e.name().equals("Rechnung.pdf"))
                        .findFirst()
                        .orElseThrow()
                        .size());

        Path copy = local.resolve("copy.pdf");
        Files.writeString(copy, "old content to be replaced");
        store.get("Rechnung_2.pdf", copy);
        assertArrayEquals(Files.readAllBytes(folder.resolve("Rechnung_2.pdf")), Files.readAllBytes(copy));

        store.delete("Rechnung.pdf");
        store.delete("Rechnung.pdf");
        assertFalse(Files.exists(folder.resolve("Rechnung.pdf")));
        assertEquals(
                List.of("Rechnung_2.pdf"),
                store.list().stream().map(RemoteEntry::name).toList());
    }

    @Test
    void binaryContentArrivesByteIdentical() throws Exception {
        byte[] bytes = new byte[300_000];
        new java.util.Random(7).nextBytes(bytes);
        Path file = local.resolve("scan.pdf");
        Files.write(file, bytes);
        SftpStore store = store(PASSWORD, "", SftpHostKeys.pinned(PublicKeyEntry.toString(hostKey)));

        assertEquals("scan.pdf", store.put(DeliveredDocument.plain(file, "scan.pdf")));

        assertArrayEquals(bytes, Files.readAllBytes(root.resolve("scan.pdf")));
    }

    @Test
    void testPassesWithPinnedFingerprintAndLeavesNothingBehind() throws Exception {
        String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey);
        SftpStore store = store(PASSWORD, "a/b", SftpHostKeys.pinned(fingerprint));

        store.test();

        assertTrue(Files.isDirectory(root.resolve("a/b")));
        try (Stream<Path> left = Files.list(root.resolve("a/b"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void unknownHostKeyIsRefusedBeforeAnythingIsWritten() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        PublicKey other = generator.generateKeyPair().getPublic();
        SftpStore store = store(PASSWORD, "", SftpHostKeys.knownHosts(Optional.of(knownHosts(other))));

        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.put(document("x.pdf", "data")));

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("host key"), e.getMessage());
        assertTrue(e.getMessage().contains(KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey)), e.getMessage());
        assertFalse(Files.exists(root.resolve("x.pdf")));
    }

    @Test
    void withoutKnownHostsFileEveryHostKeyIsRefused() {
        SftpStore store = store(PASSWORD, "", SftpHostKeys.knownHosts(Optional.empty()));

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("SFTP_KNOWN_HOSTS"), e.getMessage());
    }

    @Test
    void uncheckedHostKeysAreAccepted() throws Exception {
        store(PASSWORD, "", SftpHostKeys.unchecked()).test();
    }

    @Test
    void wrongPasswordIsNotTransientAndNeverQuoted() {
        SftpStore store = store("wrong-Pa55word", "", SftpHostKeys.unchecked());

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("authentication failed for user scan"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-Pa55word"));
    }

    @Test
    void privateKeyWithPassphraseLogsIn() throws Exception {
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword("key-phrase");
        encryption.setCipherName("AES");
        encryption.setCipherMode("CTR");
        encryption.setCipherType("256");
        ByteArrayOutputStream pem = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "test", encryption, pem);
        Path keyFile = local.resolve("id_ecdsa");
        Files.write(keyFile, pem.toByteArray());
        String text = pem.toString(StandardCharsets.US_ASCII);

        for (String key : List.of(text, keyFile.toString())) {
            SftpStore store = new SftpStore(
                    new SftpTarget(
                            "127.0.0.1", server.getPort(), USER, "", key, "key-phrase", "", SftpHostKeys.unchecked()),
                    LOOPBACK,
                    TIMEOUT);
            store.test();
        }
        SftpStore wrongPhrase = new SftpStore(
                new SftpTarget("127.0.0.1", server.getPort(), USER, "", text, "nope", "", SftpHostKeys.unchecked()),
                LOOPBACK,
                TIMEOUT);
        RemoteStoreException e = assertThrows(RemoteStoreException.class, wrongPhrase::test);
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private key"), e.getMessage());
    }

    @Test
    void stoppedServerIsTransient() throws Exception {
        SftpStore store = store(PASSWORD, "", SftpHostKeys.unchecked());
        server.stop(true);

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertTrue(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().startsWith("SFTP 127.0.0.1:"), e.getMessage());
    }

    @Test
    void refusedHostIsRefusedBeforeAnyConnection() {
        HostGuard refusing = host -> {
            throw new RemoteStoreException(host + " is a private address", false);
        };
        SftpStore store = new SftpStore(
                new SftpTarget("127.0.0.1", server.getPort(), USER, PASSWORD, "", "", "", SftpHostKeys.unchecked()),
                refusing,
                TIMEOUT);

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private address"), e.getMessage());
        assertEquals(0, sessions.get());
    }

    @Test
    void namesLeavingTheFolderAreRefused() {
        SftpStore store = store(PASSWORD, "", SftpHostKeys.unchecked());

        assertThrows(RemoteStoreException.class, () -> store.putIfAbsent("../x.pdf", document("x", "x")));
        assertThrows(RemoteStoreException.class, () -> store.delete(".."));
    }

    @Test
    void malformedPinnedHostKeyIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SftpHostKeys.pinned("not a key"));
    }
}
