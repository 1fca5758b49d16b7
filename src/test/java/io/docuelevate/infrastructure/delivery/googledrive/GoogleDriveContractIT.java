package io.docuelevate.infrastructure.delivery.googledrive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.CloudFake;
import io.docuelevate.infrastructure.delivery.CloudFake.Recorded;
import io.docuelevate.infrastructure.delivery.CloudFake.Reply;
import io.docuelevate.infrastructure.delivery.FakeTokenEndpoint;
import io.docuelevate.infrastructure.delivery.googledrive.GoogleDriveRemoteStore.SignIn;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Google Drive adapter against a loopback fake of the Drive API v3 that checks the documented wire format:
 * the refresh-token and service-account (RS256 JWT bearer) token requests, the name query in the folder, the
 * resumable upload (metadata, session URI, chunks of 256 KiB with {@code Content-Range}, {@code 308} with
 * {@code Range} resumed from there), list, download, delete, 401 → refresh → retry, {@code invalid_grant}, 503.
 */
class GoogleDriveContractIT {

    private static final String CLIENT = "client-1.apps.googleusercontent.com";
    private static final String SECRET = "client-s3cr3t";
    private static final String REFRESH = "1//refresh-r3fr3sh";
    private static final String FOLDER = "folder-abc";
    private static final int CHUNK = 256 * 1024;

    @TempDir
    Path dir;

    private final FakeTokenEndpoint tokens = new FakeTokenEndpoint();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicReference<Integer> shortBy = new AtomicReference<>(0);
    private CloudFake fake;

    @BeforeEach
    void start() throws IOException {
        fake = new CloudFake(this::handle);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private GoogleDriveRemoteStore store(SignIn signIn) {
        return new GoogleDriveRemoteStore(
                FOLDER,
                signIn,
                CloudFake.LOOPBACK,
                Duration.ofSeconds(5),
                new GoogleDriveRemoteStore.Endpoints(fake.named("/"), fake.named("/token")),
                CHUNK);
    }

    private GoogleDriveRemoteStore store() {
        return store(new SignIn.User(CLIENT, SECRET, REFRESH));
    }

    private Reply handle(Recorded request) {
        if (request.path().equals("/token")) {
            return tokens.issue(request);
        }
        if (request.path().equals("/upload/drive/v3/files") && request.params().containsKey("upload_id")) {
            assertNull(request.header("Authorization"));
            return chunk(request);
        }
        if (!tokens.authorized(request)) {
            return Reply.json(401, "{\"error\":{\"code\":401,\"message\":\"Invalid Credentials\"}}");
        }
        Map<String, String> params = request.params();
        String path = request.path();
        if (path.equals("/upload/drive/v3/files") && request.method().equals("POST")) {
            String id = "upload-" + ids.incrementAndGet();
            uploads.put(id, new ByteArrayOutputStream());
            names.put("pending:" + id, request.json().getString("name"));
            return Reply.empty(
                    200,
                    Map.of(
                            "Location",
                            fake.named("/upload/drive/v3/files?uploadType=resumable&upload_id=" + id)
                                    .toString()));
        }
        if (path.equals("/drive/v3/files") && request.method().equals("GET")) {
            return query(params.get("q"));
        }
        if (path.equals("/drive/v3/about")) {
            return Reply.json(200, "{\"user\":{\"emailAddress\":\"scan@example.org\"}}");
        }
        if (path.equals("/drive/v3/files/" + FOLDER)) {
            return Reply.json(
                    200,
                    "{\"id\":\"" + FOLDER
                            + "\",\"mimeType\":\"application/vnd.google-apps.folder\",\"capabilities\":{\"canAddChildren\":true}}");
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (!contents.containsKey(id)) {
            return Reply.json(404, "{\"error\":{\"code\":404,\"message\":\"File not found\"}}");
        }
        if (request.method().equals("DELETE")) {
            contents.remove(id);
            names.remove(id);
            return Reply.empty(204);
        }
        assertEquals("media", params.get("alt"));
        return Reply.bytes(contents.get(id));
    }

    /** A chunk of a resumable upload; the first chunk is taken {@code shortBy} bytes short, as Drive may. */
    private Reply chunk(Recorded request) {
        String id = request.params().get("upload_id");
        ByteArrayOutputStream bytes = uploads.get(id);
        String range = request.header("Content-Range");
        String[] parts = range.substring("bytes ".length()).split("[-/]");
        long first = Long.parseLong(parts[0]);
        long total = Long.parseLong(parts[2]);
        assertEquals(bytes.size(), first, "chunk starts where the session stands");
        assertEquals(Long.parseLong(parts[1]) - first + 1, request.body().length);
        int keep = request.body().length - shortBy.getAndSet(0);
        bytes.write(request.body(), 0, keep);
        if (bytes.size() < total) {
            return Reply.empty(308, Map.of("Range", "bytes=0-" + (bytes.size() - 1)));
        }
        String name = names.remove("pending:" + id);
        names.put(id, name);
        contents.put(id, bytes.toByteArray());
        return Reply.json(200, "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
    }

    private Reply query(String q) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        names.forEach((id, name) -> {
            boolean byName = q.equals("name='" + GoogleDriveRemoteStore.escaped(name) + "' and '" + FOLDER
                    + "' in parents and trashed=false");
            boolean all = q.equals(
                    "'" + FOLDER + "' in parents and trashed=false and mimeType!='application/vnd.google-apps.folder'");
            if (contents.containsKey(id) && (byName || all)) {
                files.add(Json.createObjectBuilder()
                        .add("id", id)
                        .add("name", name)
                        .add("size", Integer.toString(contents.get(id).length))
                        .add("modifiedTime", "2026-03-14T10:15:30.000Z"));
            }
        });
        return Reply.json(200, Json.createObjectBuilder().add("files", files).build());
    }

    private DeliveredDocument document(String name, int size) throws IOException {
        return CloudFake.document(dir, name, size);
    }

    @Test
    void aFileGoesByResumableUploadInChunksResumedWhereDriveSays() throws Exception {
        DeliveredDocument document = document("O'Brien Rechnung.pdf", 2 * CHUNK + 1000);
        shortBy.set(1000);
        GoogleDriveRemoteStore store = store();

        assertEquals("O'Brien Rechnung.pdf", store.put(document));

        assertEquals(
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        REFRESH,
                        "client_id",
                        CLIENT,
                        "client_secret",
                        SECRET),
                fake.to("/token").get(0).form());
        Recorded lookup = fake.to("/drive/v3/files").get(0);
        assertEquals("Bearer access-1", lookup.header("Authorization"));
        assertEquals(
                "name='O\\'Brien Rechnung.pdf' and '" + FOLDER + "' in parents and trashed=false",
                lookup.params().get("q"));
        List<Recorded> upload = fake.to("/upload/drive/v3/files");
        Recorded start = upload.get(0);
        assertEquals("POST", start.method());
        assertEquals("resumable", start.params().get("uploadType"));
        assertEquals("Bearer access-1", start.header("Authorization"));
        assertTrue(start.header("Content-Type").startsWith("application/json"));
        assertEquals("application/pdf", start.header("X-Upload-Content-Type"));
        assertEquals(Long.toString(2 * CHUNK + 1000), start.header("X-Upload-Content-Length"));
        assertEquals("{\"name\":\"O'Brien Rechnung.pdf\",\"parents\":[\"" + FOLDER + "\"]}", start.text());
        List<String> ranges = new ArrayList<>();
        for (Recorded put : upload.subList(1, upload.size())) {
            assertEquals("PUT", put.method());
            ranges.add(put.header("Content-Range"));
        }
        long total = 2 * CHUNK + 1000;
        assertEquals(
                List.of(
                        "bytes 0-" + (CHUNK - 1) + "/" + total,
                        "bytes " + (CHUNK - 1000) + "-" + (2 * CHUNK - 1001) + "/" + total,
                        "bytes " + (2 * CHUNK - 1000) + "-" + (total - 1) + "/" + total),
                ranges);
        assertArrayEquals(Files.readAllBytes(document.file()), contents.get("upload-1"));
    }

    @Test
    void aNameFoundInTheFolderIsTakenAndNothingIsUploaded() throws Exception {
        names.put("existing", "Rechnung.pdf");
        contents.put("existing", new byte[] {1});
        GoogleDriveRemoteStore store = store();
        DeliveredDocument document = document("Rechnung.pdf", 500);

        assertFalse(store.putIfAbsent("Rechnung.pdf", document));
        assertTrue(fake.to("/upload/drive/v3/files").isEmpty());
        assertEquals("Rechnung_2.pdf", store.put(document));
        assertArrayEquals(new byte[] {1}, contents.get("existing"));
    }

    @Test
    void listGetDeleteAndTest() throws Exception {
        GoogleDriveRemoteStore store = store();
        store.put(document("a.pdf", 10));
        store.put(document("b.pdf", 20));

        List<RemoteEntry> entries = store.list();
        assertEquals(
                List.of("a.pdf", "b.pdf"),
                entries.stream().map(RemoteEntry::name).sorted().toList());
        Path target = dir.resolve("got.pdf");
        store.get("b.pdf", target);
        assertEquals(20, Files.size(target));
        RemoteStoreException missing = assertThrows(RemoteStoreException.class, () -> store.get("x.pdf", target));
        assertFalse(missing.isTransient());
        store.delete("b.pdf");
        store.delete("b.pdf");
        assertEquals(1, store.list().size());
        assertEquals(
                1,
                fake.requests().stream()
                        .filter(r -> r.method().equals("DELETE"))
                        .count());

        store.test();
        assertEquals("user", fake.to("/drive/v3/about").get(0).params().get("fields"));
        assertEquals(1, tokens.issued());
    }

    @Test
    void aServiceAccountSignsAnRs256AssertionForTheTokenEndpoint() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        String json = Json.createObjectBuilder()
                .add("type", "service_account")
                .add("client_email", "scanner@project.iam.gserviceaccount.com")
                .add("private_key_id", "key-7")
                .add("private_key", pem)
                .add("token_uri", "https://elsewhere.example/token")
                .build()
                .toString();

        store(new SignIn.ServiceAccount(json, "boss@example.org")).test();

        Map<String, String> form = fake.to("/token").get(0).form();
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        SignedJWT jwt = SignedJWT.parse(form.get("assertion"));
        assertEquals("RS256", jwt.getHeader().getAlgorithm().getName());
        assertEquals("key-7", jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic())));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("scanner@project.iam.gserviceaccount.com", claims.getIssuer());
        assertEquals("boss@example.org", claims.getSubject());
        assertEquals(List.of(fake.named("/token").toString()), claims.getAudience());
        assertEquals("https://www.googleapis.com/auth/drive", claims.getStringClaim("scope"));
        assertEquals(
                3600_000,
                claims.getExpirationTime().getTime() - claims.getIssueTime().getTime());
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndRetried() throws Exception {
        GoogleDriveRemoteStore store = store();
        store.test();
        tokens.revokeAll();

        store.list();

        assertEquals(2, tokens.issued());
        List<Recorded> listings = fake.to("/drive/v3/files");
        assertEquals("Bearer access-1", listings.get(0).header("Authorization"));
        assertEquals("Bearer access-2", listings.get(1).header("Authorization"));
    }

    @Test
    void refusedGrantIsPermanentAndUnavailableIsTransient() throws Exception {
        tokens.refuse(true);
        RemoteStoreException refused = assertThrows(RemoteStoreException.class, () -> store().test());
        assertFalse(refused.isTransient());
        assertTrue(refused.getMessage().contains("refresh token refused, reconnect the account"), refused.getMessage());
        assertFalse(
                refused.getMessage().contains(SECRET) || refused.getMessage().contains(REFRESH));

        tokens.refuse(false);
        fake.fail("/drive/v3/about", Reply.json(503, "{\"error\":{\"code\":503}}"));
        RemoteStoreException unavailable = assertThrows(RemoteStoreException.class, () -> store().test());
        assertTrue(unavailable.isTransient());
        fake.fail("/drive/v3/files", Reply.json(429, "{\"error\":{\"code\":429}}"));
        assertTrue(
                assertThrows(RemoteStoreException.class, () -> store().list()).isTransient());
        assertFalse(unavailable.getMessage().contains("access-"));
    }
}
