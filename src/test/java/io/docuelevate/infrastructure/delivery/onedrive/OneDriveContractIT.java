package io.docuelevate.infrastructure.delivery.onedrive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.CloudFake;
import io.docuelevate.infrastructure.delivery.CloudFake.Recorded;
import io.docuelevate.infrastructure.delivery.CloudFake.Reply;
import io.docuelevate.infrastructure.delivery.FakeTokenEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OneDrive adapter against a loopback fake of Microsoft Graph and the identity platform that checks the
 * documented wire format: the tenant's token endpoint with {@code scope=offline_access Files.ReadWrite}, simple
 * {@code PUT …:/content?@microsoft.graph.conflictBehavior=fail}, 409 {@code nameAlreadyExists}, the upload session
 * ({@code createUploadSession} body, chunks of 320 KiB with {@code Content-Range}, no {@code Authorization} on the
 * upload URL, {@code nextExpectedRanges}), children paging, the download redirect, 401 → refresh → retry,
 * {@code invalid_grant}, 429.
 */
class OneDriveContractIT {

    private static final String CLIENT = "client-id-1";
    private static final String SECRET = "client-s3cr3t";
    private static final String REFRESH = "M.refresh-r3fr3sh";
    private static final int CHUNK = 320 * 1024;
    private static final long LIMIT = 500_000;
    private static final String ROOT = "/v1.0/me/drive/root:/Scans/Inbox%20A/";

    @TempDir
    Path dir;

    private final FakeTokenEndpoint tokens = new FakeTokenEndpoint();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> sessions = new ConcurrentHashMap<>();
    private final Map<String, String> sessionNames = new ConcurrentHashMap<>();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private CloudFake fake;

    @BeforeEach
    void start() throws IOException {
        fake = new CloudFake(this::handle);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private OneDriveRemoteStore store() {
        return new OneDriveRemoteStore(
                new OneDriveAccount(CLIENT, SECRET, "contoso.onmicrosoft.com", REFRESH, "/Scans/Inbox A/"),
                CloudFake.LOOPBACK,
                Duration.ofSeconds(5),
                new OneDriveRemoteStore.Endpoints(fake.named("/v1.0/"), fake.named("/login/")),
                LIMIT,
                CHUNK);
    }

    private Reply handle(Recorded request) {
        String path = request.path();
        if (path.equals("/login/contoso.onmicrosoft.com/oauth2/v2.0/token")) {
            return tokens.issue(request);
        }
        if (path.startsWith("/upload/")) {
            assertNull(request.header("Authorization"));
            return chunk(path.substring("/upload/".length()), request);
        }
        if (path.startsWith("/download/")) {
            assertNull(request.header("Authorization"));
            return Reply.bytes(files.get(path.substring("/download/".length())));
        }
        if (!tokens.authorized(request)) {
            return Reply.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}");
        }
        if (path.equals("/v1.0/me/drive")) {
            return Reply.json(200, "{\"id\":\"drive-1\",\"driveType\":\"personal\"}");
        }
        if (path.equals("/v1.0/me/drive/root:/Scans/Inbox%20A:/children")) {
            return children(request.params().get("$skiptoken"));
        }
        if (path.equals("/v1.0/me/drive/root:/Scans/Inbox%20A")) {
            return files.isEmpty()
                    ? Reply.json(404, "{\"error\":{\"code\":\"itemNotFound\"}}")
                    : Reply.json(200, "{\"folder\":{}}");
        }
        assertTrue(path.startsWith(ROOT), path);
        String rest = URLDecoder.decode(path.substring(ROOT.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (rest.endsWith(":/content") && request.method().equals("PUT")) {
            assertEquals("@microsoft.graph.conflictBehavior=fail", request.query());
            assertEquals("application/octet-stream", request.header("Content-Type"));
            String name = rest.substring(0, rest.length() - ":/content".length());
            return files.putIfAbsent(name, request.body()) == null
                    ? Reply.json(201, "{\"name\":\"" + name + "\"}")
                    : taken();
        }
        if (rest.endsWith(":/content")) {
            String name = rest.substring(0, rest.length() - ":/content".length());
            return files.containsKey(name)
                    ? Reply.empty(
                            302,
                            Map.of("Location", fake.named("/download/" + name).toString()))
                    : Reply.json(404, "{\"error\":{\"code\":\"itemNotFound\"}}");
        }
        if (rest.endsWith(":/createUploadSession")) {
            assertEquals("{\"item\":{\"@microsoft.graph.conflictBehavior\":\"fail\"}}", request.text());
            String id = "s" + sessionIds.incrementAndGet();
            sessions.put(id, new ByteArrayOutputStream());
            sessionNames.put(id, rest.substring(0, rest.length() - ":/createUploadSession".length()));
            return Reply.json(
                    200,
                    "{\"uploadUrl\":\"" + fake.named("/upload/" + id)
                            + "\",\"expirationDateTime\":\"2026-12-06T00:00:00Z\"}");
        }
        if (request.method().equals("DELETE")) {
            return files.remove(rest) == null
                    ? Reply.json(404, "{\"error\":{\"code\":\"itemNotFound\"}}")
                    : Reply.empty(204);
        }
        return Reply.json(400, "{\"error\":{\"code\":\"unexpected\"}}");
    }

    private static Reply taken() {
        return Reply.json(
                409,
                "{\"error\":{\"code\":\"nameAlreadyExists\",\"message\":\"The specified item name already exists.\"}}");
    }

    private Reply chunk(String id, Recorded request) {
        assertEquals("PUT", request.method());
        ByteArrayOutputStream bytes = sessions.get(id);
        String[] parts =
                request.header("Content-Range").substring("bytes ".length()).split("[-/]");
        long first = Long.parseLong(parts[0]);
        long total = Long.parseLong(parts[2]);
        assertEquals(bytes.size(), first);
        assertEquals(Long.parseLong(parts[1]) - first + 1, request.body().length);
        bytes.writeBytes(request.body());
        if (bytes.size() < total) {
            return Reply.json(
                    202,
                    "{\"expirationDateTime\":\"2026-12-06T00:00:00Z\",\"nextExpectedRanges\":[\"" + bytes.size()
                            + "-\"]}");
        }
        return files.putIfAbsent(sessionNames.get(id), bytes.toByteArray()) == null
                ? Reply.json(201, "{\"id\":\"item-" + id + "\"}")
                : taken();
    }

    /** One item per page, with a folder in the first, so listing follows {@code @odata.nextLink}. */
    private Reply children(String skip) {
        List<String> names = files.keySet().stream().sorted().toList();
        int from = skip == null ? 0 : Integer.parseInt(skip);
        JsonArrayBuilder value = Json.createArrayBuilder();
        if (from == 0) {
            value.add(Json.createObjectBuilder()
                    .add("name", "sub")
                    .add("size", 0)
                    .add("folder", Json.createObjectBuilder()));
        }
        if (from < names.size()) {
            value.add(Json.createObjectBuilder()
                    .add("name", names.get(from))
                    .add("size", files.get(names.get(from)).length)
                    .add("lastModifiedDateTime", "2026-03-14T10:15:30Z")
                    .add("file", Json.createObjectBuilder().add("mimeType", "application/pdf")));
        }
        var page = Json.createObjectBuilder().add("value", value);
        if (from + 1 < names.size()) {
            page.add(
                    "@odata.nextLink",
                    fake.named("/v1.0/me/drive/root:/Scans/Inbox%20A:/children?$skiptoken=" + (from + 1))
                            .toString());
        }
        return Reply.json(200, page.build());
    }

    private DeliveredDocument document(String name, int size) throws IOException {
        return CloudFake.document(dir, name, size);
    }

    @Test
    void aSmallFileIsPutWithConflictBehaviourFailAfterARefresh() throws Exception {
        OneDriveRemoteStore store = store();
        DeliveredDocument document = document("Rechnung März.pdf", 10_000);

        assertEquals("Rechnung März.pdf", store.put(document));

        Recorded token =
                fake.to("/login/contoso.onmicrosoft.com/oauth2/v2.0/token").get(0);
        assertEquals(
                Map.of(
                        "grant_type", "refresh_token",
                        "refresh_token", REFRESH,
                        "client_id", CLIENT,
                        "client_secret", SECRET,
                        "scope", "offline_access Files.ReadWrite"),
                token.form());
        Recorded put = fake.to(ROOT + "Rechnung%20M%C3%A4rz.pdf:/content").get(0);
        assertEquals("Bearer access-1", put.header("Authorization"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("Rechnung März.pdf"));
    }

    @Test
    void aTakenNameAnswers409AndTheNextNameIsUsed() throws Exception {
        files.put("Rechnung.pdf", new byte[] {1});
        OneDriveRemoteStore store = store();
        DeliveredDocument document = document("Rechnung.pdf", 1_000);

        assertFalse(store.putIfAbsent("Rechnung.pdf", document));
        assertEquals("Rechnung_2.pdf", store.put(document));
        assertArrayEquals(new byte[] {1}, files.get("Rechnung.pdf"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("Rechnung_2.pdf"));
    }

    @Test
    void aLargeFileGoesInAnUploadSessionInChunksOf320KiB() throws Exception {
        OneDriveRemoteStore store = store();
        int size = 3 * CHUNK + 12_345;
        DeliveredDocument document = document("Gross.pdf", size);

        assertEquals("Gross.pdf", store.put(document));

        List<String> ranges = fake.to("/upload/s1").stream()
                .map(r -> r.header("Content-Range"))
                .toList();
        assertEquals(
                List.of(
                        "bytes 0-" + (CHUNK - 1) + "/" + size,
                        "bytes " + CHUNK + "-" + (2 * CHUNK - 1) + "/" + size,
                        "bytes " + 2 * CHUNK + "-" + (3 * CHUNK - 1) + "/" + size,
                        "bytes " + 3 * CHUNK + "-" + (size - 1) + "/" + size),
                ranges);
        assertEquals(
                "Bearer access-1",
                fake.to(ROOT + "Gross.pdf:/createUploadSession").get(0).header("Authorization"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("Gross.pdf"));

        assertEquals("Gross_2.pdf", store.put(document));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("Gross_2.pdf"));
    }

    @Test
    void listFollowsNextLinkGetFollowsTheRedirectAndDeleteIsIdempotent() throws Exception {
        OneDriveRemoteStore store = store();
        RemoteStoreException none =
                assertThrows(RemoteStoreException.class, () -> store.get("a.pdf", dir.resolve("x")));
        assertFalse(none.isTransient());
        store.test();
        files.put("a.pdf", "aaa".getBytes());
        files.put("b.pdf", "bb".getBytes());

        List<RemoteEntry> entries = store.list();
        assertEquals(
                List.of("a.pdf", "b.pdf"),
                entries.stream().map(RemoteEntry::name).toList());
        assertEquals(3, entries.get(0).size());

        Path target = dir.resolve("got.pdf");
        store.get("b.pdf", target);
        assertArrayEquals("bb".getBytes(), Files.readAllBytes(target));

        store.delete("b.pdf");
        store.delete("b.pdf");
        assertFalse(files.containsKey("b.pdf"));
        store.test();
        assertEquals(2, fake.to("/v1.0/me/drive").size());
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndRetried() throws Exception {
        OneDriveRemoteStore store = store();
        store.test();
        tokens.revokeAll();
        tokens.rotateTo("M.rotated");
        store.test();
        tokens.revokeAll();
        store.test();

        List<Recorded> refreshes = fake.to("/login/contoso.onmicrosoft.com/oauth2/v2.0/token");
        assertEquals(3, refreshes.size());
        assertEquals(REFRESH, refreshes.get(1).form().get("refresh_token"));
        assertEquals("M.rotated", refreshes.get(2).form().get("refresh_token"));
        List<Recorded> drives = fake.to("/v1.0/me/drive");
        assertEquals("Bearer access-1", drives.get(1).header("Authorization"));
        assertEquals("Bearer access-2", drives.get(2).header("Authorization"));
    }

    @Test
    void refusedGrantIsPermanentAndThrottlingIsTransient() throws Exception {
        tokens.refuse(true);
        RemoteStoreException refused = assertThrows(RemoteStoreException.class, () -> store().test());
        assertFalse(refused.isTransient());
        assertEquals("OneDrive /Scans/Inbox A: refresh token refused, reconnect the account", refused.getMessage());

        tokens.refuse(false);
        fake.fail("/v1.0/me/drive", Reply.json(429, "{\"error\":{\"code\":\"activityLimitReached\"}}"));
        RemoteStoreException throttled = assertThrows(RemoteStoreException.class, () -> store().test());
        assertTrue(throttled.isTransient());
        assertFalse(throttled.getMessage().contains(SECRET)
                || throttled.getMessage().contains("access-"));
    }

    @Test
    void aTenantThatIsNoPlainNameIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new OneDriveAccount(CLIENT, SECRET, "evil.example/x?", REFRESH, ""));
    }
}
