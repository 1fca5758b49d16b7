package io.docuelevate.it.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watched folders on two replicas sharing one PostgreSQL database and one work directory (the Kubernetes shape),
 * both polling every second with {@code WATCH_FOLDER_DELETE_AFTER_PROCESS=true}: a file written slowly in chunks
 * is taken only complete, a refused type is recorded and left alone, each file of a batch becomes exactly one
 * document, a folder that disappears shows in health and readiness while the others keep working, and users'
 * folders stay inside the allowed roots, each user's own. (Two servers in one class: the one allowed exception.)
 */
class WatchFoldersIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    private static String database;
    private static Path base;
    private static Path workdir;
    private static LibertyServer first;
    private static LibertyServer second;

    @BeforeAll
    static void start() throws IOException {
        database = PostgresDatabases.create("it_watch");
        base = Files.createTempDirectory("it-watch");
        workdir = Files.createDirectories(base.resolve("workdir"));
        List<String> folders = new ArrayList<>();
        for (String name : List.of("slow", "mixed", "inbox", "gone", "steady")) {
            folders.add(Files.createDirectories(base.resolve(name)).toString());
        }
        Files.createDirectories(base.resolve("users/alice"));
        Files.createDirectories(base.resolve("users/bob"));
        first = replica("it-watch-a", String.join(",", folders)).withAuth();
        second = replica("it-watch-b", String.join(",", folders)).withAuth();
        CompletableFuture<Void> a = CompletableFuture.runAsync(first::start);
        CompletableFuture<Void> b = CompletableFuture.runAsync(second::start);
        a.join();
        b.join();
    }

    private static LibertyServer replica(String name, String folders) {
        return LibertyServer.war(name)
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .env("WORKDIR", workdir.toString())
                .env("WATCH_FOLDERS", folders)
                .env("WATCH_FOLDER_POLL_SECONDS", "1")
                .env("WATCH_FOLDER_DELETE_AFTER_PROCESS", "true")
                .env("USER_WATCH_FOLDER_ROOTS", base.resolve("users").toString());
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        } finally {
            PostgresDatabases.drop(database);
            LibertyServer.deleteRecursively(base);
        }
    }

    @Test
    void aFileWrittenSlowlyInChunksIsTakenOnlyWhenComplete() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add("Slowly scanned page line " + i + " Rechnung " + (5000 + i));
        }
        byte[] pdf = TestDocuments.textPdf(lines);
        Path target = base.resolve("slow/scan.pdf");
        int chunks = 15;
        int chunk = (pdf.length + chunks - 1) / chunks;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int offset = 0; offset < pdf.length; offset += chunk) {
                out.write(pdf, offset, Math.min(chunk, pdf.length - offset));
                out.flush();
                TimeUnit.MILLISECONDS.sleep(100); // a slow scanner, not synchronisation: polls run every second
            }
        }
        long id = Poll.until(WITHIN, "scan.pdf ingested", () -> fileId("scan.pdf"));
        assertEquals(1, count("SELECT COUNT(*) FROM files WHERE original_filename = 'scan.pdf'"));
        byte[] original = Files.readAllBytes(
                workdir.resolve("original").resolve(text("SELECT local_filename FROM files WHERE id = " + id)));
        assertArrayEquals(pdf, original, "the original is the complete file, byte for byte");
        assertEquals(pdf.length, count("SELECT file_size FROM files WHERE id = " + id));
        Poll.until(
                WITHIN,
                "the source deleted after the document was committed",
                () -> Files.exists(target) ? null : true);
        assertEquals(
                1, count("SELECT COUNT(*) FROM watched_files WHERE relative_path = 'scan.pdf'"), "no half version");
    }

    @Test
    void aRefusedTypeIsRecordedLeftInPlaceAndNotRetried() throws Exception {
        Path zip = Files.write(base.resolve("mixed/archive.zip"), TestDocuments.zip());
        Files.write(base.resolve("mixed/letter.pdf"), TestDocuments.textPdf("A letter next to an archive"));
        Poll.until(
                WITHIN,
                "the archive refused",
                () -> count(
                                        "SELECT COUNT(*) FROM watched_files WHERE relative_path = 'archive.zip' AND state = 'SKIPPED'")
                                == 1
                        ? true
                        : null);
        Poll.until(WITHIN, "letter.pdf ingested", () -> fileId("letter.pdf"));
        assertTrue(text("SELECT detail FROM watched_files WHERE relative_path = 'archive.zip'")
                .contains("type not accepted"));
        assertEquals(0, count("SELECT COUNT(*) FROM files WHERE original_filename = 'archive.zip'"));
        assertTrue(Files.exists(zip), "a refused file is left where it is");
        long seen = count("SELECT COUNT(*) FROM watched_files WHERE folder_key LIKE '%/mixed'");
        Files.write(base.resolve("mixed/later.pdf"), TestDocuments.textPdf("A later letter"));
        Poll.until(WITHIN, "later.pdf ingested", () -> fileId("later.pdf"));
        assertEquals(seen + 1, count("SELECT COUNT(*) FROM watched_files WHERE folder_key LIKE '%/mixed'"));
        assertEquals(
                1, count("SELECT attempts FROM watched_files WHERE relative_path = 'archive.zip'"), "never retried");
    }

    @Test
    void twoReplicasTakeEachFileOfABatchExactlyOnce() throws Exception {
        int files = 12;
        Path staging = Files.createDirectories(base.resolve("staging"));
        for (int i = 0; i < files; i++) {
            Path file = Files.write(
                    staging.resolve("batch-" + i + ".pdf"),
                    TestDocuments.textPdf("Batch document " + i, "Invoice " + i));
            Files.move(file, base.resolve("inbox").resolve(file.getFileName()));
        }
        Poll.until(
                WITHIN,
                "the batch ingested",
                () -> count("SELECT COUNT(*) FROM watched_files WHERE folder_key LIKE '%/inbox' AND state = 'INGESTED'")
                                == files
                        ? true
                        : null);
        assertEquals(
                files, count("SELECT COUNT(*) FROM files WHERE original_filename LIKE 'batch-%'"), "one document each");
        assertEquals(files, count("SELECT COUNT(DISTINCT filehash) FROM files WHERE original_filename LIKE 'batch-%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM watched_files WHERE folder_key LIKE '%/inbox' AND attempts <> 1"));
        assertEquals(
                files,
                count("SELECT COUNT(*) FROM work_items w JOIN files f ON f.id = w.file_id"
                        + " WHERE f.original_filename LIKE 'batch-%'"),
                "each queued once");
        Poll.until(WITHIN, "the sources deleted", () -> {
            try (var listing = Files.list(base.resolve("inbox"))) {
                return listing.findAny().isEmpty() ? true : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Test
    void aFolderThatDisappearsShowsInHealthAndReadinessWhileTheOthersWork() throws Exception {
        Path gone = base.resolve("gone");
        LibertyServer.deleteRecursively(gone);
        for (LibertyServer server : List.of(first, second)) {
            ApiSession operator = ApiSession.admin(server);
            JsonObject check = Poll.until(WITHIN, "health naming the missing folder", () -> {
                JsonObject watch = operator.get("/api/health")
                        .json()
                        .getJsonObject("checks")
                        .getJsonObject("watch_folders");
                return watch != null && "degraded".equals(watch.getString("status")) ? watch : null;
            });
            assertTrue(check.getString("detail").contains(gone.toString()), check.toString());
            assertEquals("folder does not exist", check.getJsonObject("folders").getString(gone.toString()));
            assertEquals(
                    "ok",
                    check.getJsonObject("folders")
                            .getString(base.resolve("steady").toString()));
            JsonObject anonymous = Http.get(server.baseUrl() + "/api/health").json();
            assertEquals("degraded", anonymous.getString("status"), "a monitor sees the status");
            assertEquals(
                    "degraded",
                    anonymous
                            .getJsonObject("checks")
                            .getJsonObject("watch_folders")
                            .getString("status"));
        }
        ApiSession admin = ApiSession.admin(first);
        JsonObject item = admin.get("/api/admin/readiness").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> "watch_folders".equals(i.getString("id")))
                .findFirst()
                .orElseThrow();
        assertEquals("warn", item.getString("status"));
        assertTrue(item.getString("evidence").contains(gone.toString()), item.toString());

        Files.write(base.resolve("steady/still.pdf"), TestDocuments.textPdf("The other folders keep working"));
        Poll.until(WITHIN, "still.pdf ingested", () -> fileId("still.pdf"));
    }

    @Test
    void usersWatchTheirOwnFoldersInsideTheAllowedRootsOnly() throws Exception {
        ApiSession admin = ApiSession.admin(first);
        admin.createUser("alice", "Alice-watch-2026!", false);
        admin.createUser("bob", "Bob-watch-2026!!", false);
        ApiSession alice = ApiSession.signIn(first, "alice", "Alice-watch-2026!");
        ApiSession bob = ApiSession.signIn(first, "bob", "Bob-watch-2026!!");
        Path folder = base.resolve("users/alice");

        Http.Answer created = alice.postJson("/api/integrations", integration("WATCH_FOLDER", folder.toString()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("SOURCE", created.json().getString("direction"));
        assertTrue(created.json().getBoolean("is_active"));
        assertFalse(created.json().containsKey("credentials"));

        assertEquals(
                1,
                Json.createReader(
                                new StringReader(alice.get("/api/integrations").body()))
                        .readArray()
                        .size());
        Http.Answer list = bob.get("/api/integrations");
        assertEquals(200, list.status(), list.body());
        assertEquals("[]", list.body().trim());
        assertEquals(404, bob.get("/api/integrations/" + id).status());
        assertEquals(
                404,
                bob.send("PUT", "/api/integrations/" + id, "application/json", "{\"name\":\"x\"}".getBytes())
                        .status());
        assertEquals(
                404,
                bob.send("DELETE", "/api/integrations/" + id, "application/json", new byte[0])
                        .status());

        Http.Answer s3 = alice.postJson("/api/integrations", integration("S3", folder.toString()));
        assertEquals(422, s3.status(), s3.body());
        assertTrue(
                s3.json().getString("detail").contains("bucket_name is required"), "the adapter's check: " + s3.body());
        Http.Answer webhook = alice.postJson("/api/integrations", integration("WEBHOOK", folder.toString()));
        assertEquals(422, webhook.status(), webhook.body());
        assertTrue(webhook.json().getString("detail").contains("not supported yet"), webhook.body());
        for (String path : List.of("/etc", base.resolve("users").toString(), folder + "/../../slow", "relative/path")) {
            Http.Answer refused = alice.postJson("/api/integrations", integration("WATCH_FOLDER", path));
            assertEquals(422, refused.status(), path + ": " + refused.body());
        }
        Path escape = Files.createSymbolicLink(base.resolve("users/escape"), base.resolve("slow"));
        Http.Answer viaLink = alice.postJson("/api/integrations", integration("WATCH_FOLDER", escape.toString()));
        assertEquals(422, viaLink.status(), viaLink.body());
        assertTrue(viaLink.json().getString("detail").contains("symbolic links"), viaLink.body());

        byte[] pdf = TestDocuments.textPdf("Alice's scanned letter");
        Files.write(folder.resolve("alice-letter.pdf"), pdf);
        long fileId = Poll.until(WITHIN, "alice-letter.pdf ingested", () -> fileId("alice-letter.pdf"));
        String owner = text("SELECT owner_id FROM user_integrations WHERE id = " + id);
        assertEquals(owner, text("SELECT owner_id FROM files WHERE id = " + fileId), "owned by the folder's user");
        assertEquals(200, alice.get("/api/files/" + fileId).status());
        assertEquals(404, bob.get("/api/files/" + fileId).status());
        assertArrayEquals(
                pdf,
                Files.readAllBytes(workdir.resolve("original")
                        .resolve(text("SELECT local_filename FROM files WHERE id = " + fileId))));
        Poll.until(
                WITHIN,
                "last_used_at recorded",
                () -> alice.get("/api/integrations/" + id)
                                        .json()
                                        .get("last_used_at")
                                        .getValueType()
                                == JsonValue.ValueType.STRING
                        ? true
                        : null);

        Http.Answer paused =
                alice.send("PUT", "/api/integrations/" + id, "application/json", "{\"is_active\": false}".getBytes());
        assertEquals(200, paused.status(), paused.body());
        assertFalse(paused.json().getBoolean("is_active"));
        assertEquals(
                200,
                alice.send("DELETE", "/api/integrations/" + id, "application/json", new byte[0])
                        .status());
        assertEquals(404, alice.get("/api/integrations/" + id).status());
    }

    private static String integration(String type, String path) {
        return Json.createObjectBuilder()
                .add("integration_type", type)
                .add("name", "Scanner")
                .add("config", Json.createObjectBuilder().add("path", path))
                .build()
                .toString();
    }

    private static Long fileId(String originalFilename) {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement select =
                        connection.prepareStatement("SELECT id FROM files WHERE original_filename = ?")) {
            select.setString(1, originalFilename);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String sql) {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            assertTrue(rows.next(), sql);
            String value = rows.getString(1);
            assertNotNull(value, sql);
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
