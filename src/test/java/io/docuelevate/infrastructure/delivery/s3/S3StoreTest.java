package io.docuelevate.infrastructure.delivery.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against a real S3-compatible server: S3Proxy over jclouds' transient store on loopback. */
class S3StoreTest {

    private static final String ACCESS = "AKIDTESTSCAN";
    private static final String SECRET = "test-secret-key-123";
    private static final String BUCKET = "scans";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    static BlobStore blobs;
    static S3Proxy proxy;

    @TempDir
    Path files;

    @BeforeAll
    static void startServer() throws Exception {
        blobs = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .build(BlobStoreContext.class)
                .getBlobStore();
        blobs.createContainerInLocation(null, BUCKET);
        proxy = started(blobs);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
    }

    static S3Proxy started(BlobStore store) throws Exception {
        S3Proxy started = S3Proxy.builder()
                .blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        started.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!AbstractLifeCycle.STARTED.equals(started.getState())) {
            if (System.nanoTime() > deadline) {
                fail("S3Proxy did not start: " + started.getState());
            }
            Thread.onSpinWait();
        }
        return started;
    }

    private static S3Store store(int port, String prefix, String secret, HostGuard hosts) {
        Map<String, String> values = new HashMap<>();
        values.put("AWS_ACCESS_KEY_ID", ACCESS);
        values.put("AWS_SECRET_ACCESS_KEY", secret);
        values.put("S3_BUCKET_NAME", BUCKET);
        values.put("S3_FOLDER_PREFIX", prefix);
        values.put("S3_ENDPOINT_URL", "http://127.0.0.1:" + port);
        return new S3Store(S3Target.of(values, S3Target.Keys.ENVIRONMENT), hosts, TIMEOUT);
    }

    private static S3Store store(String prefix) {
        return store(proxy.getPort(), prefix, SECRET, HostGuard.TRUSTED);
    }

    private DeliveredDocument document(String name, String content) throws IOException {
        return DeliveredDocument.plain(Files.writeString(files.resolve("f-" + System.nanoTime()), content), name);
    }

    private static byte[] object(String key) throws IOException {
        try (InputStream in = blobs.getBlob(BUCKET, key).getPayload().openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void putStoresByteIdenticalContentUnderPrefixAndName() throws Exception {
        DeliveredDocument document = document("Rechnung März.pdf", "%PDF-1.7 s3");
        assertEquals("Rechnung März.pdf", store("docs/").put(document));
        assertArrayEquals(Files.readAllBytes(document.file()), object("docs/Rechnung März.pdf"));
    }

    @Test
    void aTakenKeyIsRefusedAndAClashGetsASuffixWithoutOverwriting() throws Exception {
        S3Store store = store("clash/");
        assertTrue(store.putIfAbsent("a.pdf", document("a.pdf", "first")));
        assertFalse(store.putIfAbsent("a.pdf", document("a.pdf", "second")));
        String other = store.put(document("a.pdf", "third"));
        assertNotEquals("a.pdf", other);
        assertEquals("first", new String(object("clash/a.pdf")));
        assertEquals("third", new String(object("clash/" + other)));
    }

    @Test
    void listGetAndDeleteSeeOnlyTheDirectChildrenOfThePrefix() throws Exception {
        S3Store store = store("listed/");
        store.put(document("one.pdf", "12345"));
        store.put(document("b.pdf", "xy"));
        store("listed/sub/").put(document("deep.pdf", "deep"));
        List<RemoteEntry> entries = store.list();
        assertEquals(
                List.of("b.pdf:2", "one.pdf:5"),
                entries.stream().map(e -> e.name() + ":" + e.size()).sorted().toList());

        Path copy = Files.writeString(files.resolve("copy"), "old");
        store.get("one.pdf", copy);
        assertEquals("12345", Files.readString(copy));

        store.delete("one.pdf");
        store.delete("never-there.pdf");
        assertFalse(blobs.blobExists(BUCKET, "listed/one.pdf"));
        RemoteStoreException missing = assertThrows(RemoteStoreException.class, () -> store.get("one.pdf", copy));
        assertFalse(missing.isTransient());
    }

    @Test
    void connectionTestPassesAndLeavesNothingBehind() throws Exception {
        store("tested/").test();
        assertTrue(blobs.list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.prefix("tested/"))
                .isEmpty());
    }

    @Test
    void aWrongSecretKeyIsNotTransientAndNotQuoted() {
        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(proxy.getPort(), "w/", "wrong-secret-987", HostGuard.TRUSTED)
                        .put(document("w.pdf", "w")));
        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("access key or secret key was rejected"), e.getMessage());
        assertTrue(e.getMessage().startsWith("S3 bucket scans at 127.0.0.1:" + proxy.getPort()), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret-987"));
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void aStoppedServerIsTransient() throws Exception {
        S3Proxy stopped = started(blobs);
        int port = stopped.getPort();
        stopped.stop();
        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(port, "", SECRET, HostGuard.TRUSTED).put(document("s.pdf", "s")));
        assertTrue(e.isTransient(), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void aRefusingHostGuardStopsTheRequestBeforeAnyConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HostGuard refusing = host -> {
                throw new RemoteStoreException(host + " is a private address", false);
            };
            S3Store store = store(listener.getLocalPort(), "", SECRET, refusing);
            RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);
            assertFalse(e.isTransient());
            assertTrue(e.getMessage().contains("127.0.0.1 is a private address"), e.getMessage());
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept);
        }
    }

    @Test
    void integrationKeysAreCheckedByName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> S3Target.of(Map.of("bucket_name", "b", "access_key_id", "k"), S3Target.Keys.INTEGRATION));
        assertEquals("access_key_id and secret_access_key are required", e.getMessage());
    }
}
