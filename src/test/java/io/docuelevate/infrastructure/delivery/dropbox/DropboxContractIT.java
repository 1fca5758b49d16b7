package io.docuelevate.infrastructure.delivery.dropbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.CloudFake;
import io.docuelevate.infrastructure.delivery.CloudFake.Recorded;
import io.docuelevate.infrastructure.delivery.CloudFake.Reply;
import io.docuelevate.infrastructure.delivery.FakeTokenEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dropbox adapter against a loopback fake of Dropbox's HTTP API that checks the documented wire format: the
 * refresh-token request, {@code Authorization: Bearer}, the {@code Dropbox-API-Arg} JSON (ASCII only), the upload
 * session's cursor offsets and chunk bounds, {@code path/conflict} on a taken name, 401 → one refresh → one retry,
 * {@code invalid_grant}, 429/503 and a stopped server.
 */
class DropboxContractIT {

    private static final String KEY = "app-key-1";
    private static final String SECRET = "app-secret-s3cr3t";
    private static final String REFRESH = "refresh-r3fr3sh";
    private static final long LIMIT = 100_000;
    private static final int CHUNK = 40_000;

    @TempDir
    Path dir;

    private final FakeTokenEndpoint tokens = new FakeTokenEndpoint();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private CloudFake fake;
    private DropboxRemoteStore store;

    @BeforeEach
    void start() throws IOException {
        fake = new CloudFake(this::handle);
        store = store(CloudFake.LOOPBACK);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private DropboxRemoteStore store(HostGuard hosts) {
        DropboxRemoteStore.Endpoints endpoints = new DropboxRemoteStore.Endpoints(
                fake.named("/api/"), fake.named("/content/"), fake.named("/oauth2/token"));
        return new DropboxRemoteStore(
                new DropboxAccount(KEY, SECRET, REFRESH, "Scans/2026/"),
                hosts,
                Duration.ofSeconds(5),
                endpoints,
                LIMIT,
                CHUNK);
    }

    private Reply handle(Recorded request) {
        if (request.path().equals("/oauth2/token")) {
            return tokens.issue(request);
        }
        if (!tokens.authorized(request)) {
            return Reply.json(
                    401, "{\"error_summary\":\"expired_access_token/\",\"error\":{\".tag\":\"expired_access_token\"}}");
        }
        JsonObject arg = request.path().startsWith("/content/")
                ? CloudFake.parse(request.header("Dropbox-API-Arg"))
                : request.body().length == 0 ? JsonObject.EMPTY_JSON_OBJECT : request.json();
        switch (request.path()) {
            case "/content/2/files/upload":
                return commit(arg, request.body());
            case "/content/2/files/upload_session/start": {
                String id = "session-" + sessionIds.incrementAndGet();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(request.body());
                sessions.put(id, bytes);
                return Reply.json(200, "{\"session_id\":\"" + id + "\"}");
            }
            case "/content/2/files/upload_session/append_v2": {
                ByteArrayOutputStream bytes = session(arg.getJsonObject("cursor"));
                bytes.writeBytes(request.body());
                return Reply.json(200, "null");
            }
            case "/content/2/files/upload_session/finish": {
                ByteArrayOutputStream bytes = session(arg.getJsonObject("cursor"));
                bytes.writeBytes(request.body());
                return commit(arg.getJsonObject("commit"), bytes.toByteArray());
            }
            case "/api/2/files/list_folder":
                return page(arg.getString("path"), 0);
            case "/api/2/files/list_folder/continue": {
                String[] cursor = arg.getString("cursor").split("\\|");
                return page(cursor[0], Integer.parseInt(cursor[1]));
            }
            case "/content/2/files/download": {
                byte[] bytes = files.get(arg.getString("path"));
                return bytes == null
                        ? Reply.json(409, "{\"error_summary\":\"path/not_found/..\",\"error\":{\".tag\":\"path\"}}")
                        : Reply.bytes(bytes);
            }
            case "/api/2/files/delete_v2":
                return files.remove(arg.getString("path")) == null
                        ? Reply.json(
                                409,
                                "{\"error_summary\":\"path_lookup/not_found/.\",\"error\":{\".tag\":\"path_lookup\"}}")
                        : Reply.json(200, "{\"metadata\":{}}");
            case "/api/2/users/get_current_account":
                return Reply.json(200, "{\"account_id\":\"dbid:1\",\"email\":\"scan@example.org\"}");
            default:
                return Reply.json(400, "{\"error_summary\":\"unknown endpoint " + request.path() + "\"}");
        }
    }

    /** The session of a cursor, whose offset must be the bytes received so far (Dropbox's incorrect_offset). */
    private ByteArrayOutputStream session(JsonObject cursor) {
        ByteArrayOutputStream bytes = sessions.get(cursor.getString("session_id"));
        assertEquals(bytes.size(), cursor.getJsonNumber("offset").longValue(), "cursor offset");
        return bytes;
    }

    private Reply commit(JsonObject commit, byte[] bytes) {
        assertEquals("add", commit.getString("mode"));
        assertFalse(commit.getBoolean("autorename"));
        assertTrue(commit.getBoolean("mute"));
        String path = commit.getString("path");
        if (files.putIfAbsent(path, bytes) != null) {
            return Reply.json(409, "{\"error_summary\":\"path/conflict/file/..\",\"error\":{\".tag\":\"path\"}}");
        }
        return Reply.json(
                200,
                Json.createObjectBuilder()
                        .add("name", path.substring(path.lastIndexOf('/') + 1))
                        .add("path_display", path)
                        .add("size", bytes.length)
                        .build());
    }

    /** Two entries per page, so listing needs {@code list_folder/continue}. */
    private Reply page(String folder, int from) {
        List<String> names = files.keySet().stream()
                .filter(path -> path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0)
                .sorted()
                .toList();
        if (names.isEmpty()) {
            return Reply.json(409, "{\"error_summary\":\"path/not_found/...\",\"error\":{\".tag\":\"path\"}}");
        }
        JsonArrayBuilder entries = Json.createArrayBuilder();
        if (from == 0) {
            entries.add(Json.createObjectBuilder().add(".tag", "folder").add("name", "sub"));
        }
        for (String path : names.subList(from, Math.min(from + 2, names.size()))) {
            entries.add(Json.createObjectBuilder()
                    .add(".tag", "file")
                    .add("name", path.substring(folder.length() + 1))
                    .add("size", files.get(path).length)
                    .add("server_modified", "2026-03-14T10:15:30Z"));
        }
        boolean more = from + 2 < names.size();
        return Reply.json(
                200,
                Json.createObjectBuilder()
                        .add("entries", entries)
                        .add("cursor", folder + "|" + (from + 2))
                        .add("has_more", more)
                        .build());
    }

    private DeliveredDocument document(String name, int size) throws IOException {
        return CloudFake.document(dir, name, size);
    }

    @Test
    void aSmallFileIsUploadedInOneRequestWithTheDocumentedArgumentAfterARefresh() throws Exception {
        DeliveredDocument document = document("Rechnung.pdf", 5_000);

        assertEquals("Rechnung.pdf", store.put(document));

        Recorded token = fake.to("/oauth2/token").get(0);
        assertEquals("POST", token.method());
        assertTrue(token.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        assertEquals(
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        REFRESH,
                        "client_id",
                        KEY,
                        "client_secret",
                        SECRET),
                token.form());
        Recorded upload = fake.to("/content/2/files/upload").get(0);
        assertEquals("POST", upload.method());
        assertEquals("Bearer access-1", upload.header("Authorization"));
        assertEquals("application/octet-stream", upload.header("Content-Type"));
        assertEquals(
                "{\"path\":\"/Scans/2026/Rechnung.pdf\",\"mode\":\"add\",\"autorename\":false,\"mute\":true}",
                upload.header("Dropbox-API-Arg"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("/Scans/2026/Rechnung.pdf"));
    }

    @Test
    void aTakenNameIsRefusedByDropboxAndTheNextNameIsUsedWithoutOverwriting() throws Exception {
        files.put("/Scans/2026/Rechnung.pdf", new byte[] {1, 2, 3});
        DeliveredDocument document = document("Rechnung.pdf", 2_000);

        assertFalse(store.putIfAbsent("Rechnung.pdf", document));
        assertEquals("Rechnung_2.pdf", store.put(document));

        assertArrayEquals(new byte[] {1, 2, 3}, files.get("/Scans/2026/Rechnung.pdf"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("/Scans/2026/Rechnung_2.pdf"));
    }

    @Test
    void aNameOutsideAsciiTravelsEscapedInTheHeader() throws Exception {
        DeliveredDocument document = document("Bestätigung März €.pdf", 1_000);

        assertEquals("Bestätigung März €.pdf", store.put(document));

        String header = fake.to("/content/2/files/upload").get(0).header("Dropbox-API-Arg");
        assertTrue(header.chars().allMatch(c -> c < 0x7f), header);
        assertTrue(header.contains("Best\\u00e4tigung M\\u00e4rz \\u20ac.pdf"), header);
        assertTrue(files.containsKey("/Scans/2026/Bestätigung März €.pdf"));
    }

    @Test
    void aFileAboveTheLimitGoesInAnUploadSessionWithCursorOffsets() throws Exception {
        DeliveredDocument document = document("Gross.pdf", 230_000);

        assertEquals("Gross.pdf", store.put(document));

        Recorded start = fake.to("/content/2/files/upload_session/start").get(0);
        assertEquals("{\"close\":false}", start.header("Dropbox-API-Arg"));
        assertEquals(CHUNK, start.body().length);
        List<Recorded> appends = fake.to("/content/2/files/upload_session/append_v2");
        List<Long> offsets = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (Recorded append : appends) {
            JsonObject arg = CloudFake.parse(append.header("Dropbox-API-Arg"));
            assertEquals("session-1", arg.getJsonObject("cursor").getString("session_id"));
            assertFalse(arg.getBoolean("close"));
            offsets.add(arg.getJsonObject("cursor").getJsonNumber("offset").longValue());
            lengths.add(append.body().length);
        }
        assertEquals(List.of(40_000L, 80_000L, 120_000L, 160_000L, 200_000L), offsets);
        assertEquals(List.of(40_000, 40_000, 40_000, 40_000, 30_000), lengths);
        Recorded finish = fake.to("/content/2/files/upload_session/finish").get(0);
        assertEquals(
                "{\"cursor\":{\"session_id\":\"session-1\",\"offset\":230000},"
                        + "\"commit\":{\"path\":\"/Scans/2026/Gross.pdf\",\"mode\":\"add\",\"autorename\":false,\"mute\":true}}",
                finish.header("Dropbox-API-Arg"));
        assertEquals(0, finish.body().length);
        assertTrue(fake.to("/content/2/files/upload").isEmpty());
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("/Scans/2026/Gross.pdf"));
    }

    @Test
    void aSessionFinishingOnATakenNameIsRefusedAndTheNextNameIsUsed() throws Exception {
        files.put("/Scans/2026/Gross.pdf", new byte[] {9});
        DeliveredDocument document = document("Gross.pdf", 150_000);

        assertEquals("Gross_2.pdf", store.put(document));

        assertEquals(2, fake.to("/content/2/files/upload_session/finish").size());
        assertArrayEquals(new byte[] {9}, files.get("/Scans/2026/Gross.pdf"));
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("/Scans/2026/Gross_2.pdf"));
    }

    @Test
    void listingFollowsTheCursorAndGetAndDeleteWork() throws Exception {
        for (String name : List.of("a.pdf", "b.pdf", "c.pdf")) {
            files.put("/Scans/2026/" + name, name.getBytes());
        }
        files.put("/Scans/2026/sub/deeper.pdf", new byte[] {1});

        List<RemoteEntry> entries = store.list();

        assertEquals(
                List.of("a.pdf", "b.pdf", "c.pdf"),
                entries.stream().map(RemoteEntry::name).toList());
        assertEquals(5, entries.get(0).size());
        assertEquals("2026-03-14T10:15:30Z", entries.get(0).modified().toString());
        assertEquals(
                "{\"path\":\"/Scans/2026\",\"recursive\":false}",
                fake.to("/api/2/files/list_folder").get(0).text());
        assertEquals(1, fake.to("/api/2/files/list_folder/continue").size());

        Path target = dir.resolve("got.pdf");
        store.get("b.pdf", target);
        assertArrayEquals("b.pdf".getBytes(), Files.readAllBytes(target));
        Recorded download = fake.to("/content/2/files/download").get(0);
        assertEquals("{\"path\":\"/Scans/2026/b.pdf\"}", download.header("Dropbox-API-Arg"));
        assertNull(download.header("Content-Type"));
        RemoteStoreException missing = assertThrows(RemoteStoreException.class, () -> store.get("x.pdf", target));
        assertFalse(missing.isTransient());
        assertTrue(missing.getMessage().contains("no file x.pdf"), missing.getMessage());

        store.delete("b.pdf");
        store.delete("b.pdf");
        assertFalse(files.containsKey("/Scans/2026/b.pdf"));
        assertEquals(
                "{\"path\":\"/Scans/2026/b.pdf\"}",
                fake.to("/api/2/files/delete_v2").get(0).text());
    }

    @Test
    void aMissingFolderListsEmptyAndPassesTheTest() throws Exception {
        assertEquals(List.of(), store.list());

        store.test();

        Recorded account = fake.to("/api/2/users/get_current_account").get(0);
        assertEquals("POST", account.method());
        assertEquals("Bearer access-1", account.header("Authorization"));
        assertNull(account.header("Content-Type"));
        assertEquals(0, account.body().length);
        assertEquals(
                "{\"path\":\"/Scans/2026\",\"limit\":1}",
                fake.to("/api/2/files/list_folder").get(1).text());
    }

    @Test
    void theTokenIsKeptUntilShortlyBeforeItExpires() throws Exception {
        store.test();
        store.list();
        assertEquals(1, tokens.issued());

        tokens.expiresIn(30);
        DropboxRemoteStore shortLived = store(CloudFake.LOOPBACK);
        shortLived.list();
        shortLived.list();
        assertEquals(3, tokens.issued());
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndTheRequestSentOnceMore() throws Exception {
        store.list();
        tokens.revokeAll();
        DeliveredDocument document = document("Rechnung.pdf", 3_000);

        assertTrue(store.putIfAbsent("Rechnung.pdf", document));

        List<Recorded> uploads = fake.to("/content/2/files/upload");
        assertEquals(2, uploads.size());
        assertEquals("Bearer access-1", uploads.get(0).header("Authorization"));
        assertEquals("Bearer access-2", uploads.get(1).header("Authorization"));
        assertArrayEquals(uploads.get(0).body(), uploads.get(1).body());
        assertEquals(2, tokens.issued());
        assertArrayEquals(Files.readAllBytes(document.file()), files.get("/Scans/2026/Rechnung.pdf"));
    }

    @Test
    void aSecond401IsNotRetriedAgain() throws Exception {
        fake.fail(
                "/api/2/users/get_current_account",
                Reply.json(401, "{}"),
                Reply.json(401, "{}"),
                Reply.json(401, "{}"));

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertEquals(2, fake.to("/api/2/users/get_current_account").size());
    }

    @Test
    void aRefusedRefreshTokenIsNotTransientAndNamesNoSecret() throws Exception {
        tokens.refuse(true);

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertFalse(e.isTransient());
        assertTrue(
                e.getMessage().startsWith("Dropbox /Scans/2026: refresh token refused, reconnect the account"),
                e.getMessage());
        assertNoSecret(e);
    }

    @Test
    void busyAndUnavailableAreTransient() throws Exception {
        DeliveredDocument document = document("Rechnung.pdf", 1_000);
        fake.fail("/content/2/files/upload", Reply.json(429, "{\"error_summary\":\"too_many_requests/\"}"));
        RemoteStoreException busy = assertThrows(RemoteStoreException.class, () -> store.put(document));
        assertTrue(busy.isTransient());
        assertTrue(busy.getMessage().contains("HTTP 429"), busy.getMessage());

        fake.fail("/oauth2/token", Reply.json(503, "{}"));
        RemoteStoreException unavailable = assertThrows(
                RemoteStoreException.class, () -> store(CloudFake.LOOPBACK).test());
        assertTrue(unavailable.isTransient());
        assertTrue(unavailable.getMessage().contains("HTTP 503"), unavailable.getMessage());
        assertNoSecret(busy);
        assertNoSecret(unavailable);

        assertEquals("Rechnung.pdf", store.put(document));
    }

    @Test
    void aStoppedServerIsTransient() throws Exception {
        fake.close();

        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::test);

        assertTrue(e.isTransient());
        assertNoSecret(e);
    }

    @Test
    void aRefusedHostIsRefusedBeforeAnyConnection() throws Exception {
        DropboxRemoteStore guarded = store(host -> {
            throw new RemoteStoreException(host + " is a private address", false);
        });

        RemoteStoreException e = assertThrows(RemoteStoreException.class, guarded::test);

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private address"), e.getMessage());
        assertTrue(fake.requests().isEmpty());
    }

    private static void assertNoSecret(RemoteStoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains(SECRET) || message.contains(REFRESH) || message.contains("access-"), message);
        }
    }
}
