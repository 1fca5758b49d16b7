package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Backup → wipe → restore on a real server, for each database kind: documents are processed, a backup
 * is made and downloaded, the database and the whole work directory are thrown away, a fresh server
 * restores the downloaded archive, and the same documents, files (by checksum) and API answers come
 * back. Then damaged archives are refused with a clear message while nothing changes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BackupRestoreScenario {

    static final Duration WITHIN = Duration.ofSeconds(120);

    /** State carried from one ordered step to the next. */
    static LibertyServer server;

    static Path archive;
    static Answers before;
    static Map<String, List<Long>> searchesBefore;
    static long backupId;

    /**
     * A configured, not yet started server on an empty database of this scenario's kind, with the backup
     * schedule off (so only the test's own backups exist).
     */
    abstract LibertyServer newServer(String name);

    abstract String kind();

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (archive != null) {
            Files.deleteIfExists(archive);
        }
    }

    /** What a client sees of the documents: list, details, downloads; and the files in the work directory. */
    record Answers(
            JsonArray files,
            Map<Long, JsonObject> details,
            Map<String, String> downloads,
            Map<String, String> workdir) {}

    static Answers answers(LibertyServer server) {
        JsonObject page = Http.get(server.baseUrl() + "/api/files?per_page=200&sort_by=id&sort_order=asc")
                .json();
        JsonArray files = page.getJsonArray("files");
        Map<Long, JsonObject> details = new TreeMap<>();
        Map<String, String> downloads = new TreeMap<>();
        for (JsonValue value : files) {
            long id = value.asJsonObject().getJsonNumber("id").longValue();
            JsonObject detail = Http.get(server.baseUrl() + "/api/files/" + id).json();
            details.put(id, detail);
            for (String version : List.of("original", "processed")) {
                HttpResponse<byte[]> download =
                        bytes(server.baseUrl() + "/api/files/" + id + "/download?version=" + version);
                downloads.put(
                        id + "/" + version,
                        download.statusCode() + ":"
                                + (download.statusCode() == 200 ? TestDocuments.sha256(download.body()) : ""));
            }
        }
        return new Answers(files, details, downloads, checksums(server.workdir()));
    }

    /** The file ids a few searches answer, in order. */
    static Map<String, List<Long>> searches(LibertyServer server) {
        Map<String, List<Long>> answers = new TreeMap<>();
        for (String q : List.of("invoice", "contract", "118", "customer")) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/search?q=" + q);
            assertEquals(200, answer.status(), answer.body());
            answers.put(
                    q,
                    answer.json().getJsonArray("results").stream()
                            .map(r -> r.asJsonObject().getJsonNumber("file_id").longValue())
                            .toList());
        }
        return answers;
    }

    static Map<String, String> checksums(Path workdir) {
        Map<String, String> sums = new TreeMap<>();
        for (String folder : List.of("original", "processed")) {
            Path root = workdir.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    sums.put(folder + "/" + root.relativize(file), TestDocuments.sha256(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sums;
    }

    static HttpResponse<byte[]> bytes(String url) {
        return Http.download(url);
    }

    static long upload(String name, byte[] content) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, content);
        assertEquals(200, answer.status(), answer.body());
        JsonObject body = answer.json();
        return body.containsKey("file_id")
                ? body.getJsonNumber("file_id").longValue()
                : body.getJsonObject("duplicate_of")
                        .getJsonNumber("original_file_id")
                        .longValue();
    }

    static Http.Answer restoreUpload(String filename, byte[] content) {
        return Http.upload(server.baseUrl() + "/api/admin/backup/restore", filename, content);
    }

    @Test
    @Order(1)
    void aVerifiedBackupHoldsTheDatabaseAndTheFiles() throws IOException {
        server = newServer("it-backup-" + kind()).start();
        long first = upload("invoice.pdf", TestDocuments.textPdf("Invoice 2026-0042", "Total amount due: 118.00 EUR"));
        long second = upload("letter.pdf", TestDocuments.textPdf("Dear customer,", "your contract renews on 1 March."));
        long third =
                upload("invoice-copy.pdf", TestDocuments.textPdf("Invoice 2026-0042", "Total amount due: 118.00 EUR"));
        for (long id : List.of(first, second, third)) {
            assertEquals("completed", Documents.status(Documents.awaitTerminal(server.baseUrl(), id, WITHIN)));
        }
        before = answers(server);
        searchesBefore = searches(server);
        assertEquals(
                Stream.of(first, third).distinct().sorted().toList(),
                searchesBefore.get("invoice").stream().sorted().toList(),
                searchesBefore.toString());
        assertEquals(List.of(second), searchesBefore.get("contract"), searchesBefore.toString());
        assertTrue(before.files().size() >= 3, before.files().toString());
        assertFalse(before.workdir().isEmpty());

        Http.Answer created = Http.post(server.baseUrl() + "/api/admin/backup/create?backup_type=manual&wait=true", "");
        assertEquals(200, created.status(), created.body());
        JsonObject backup = created.json();
        assertEquals("verified", backup.getString("status"), backup.toString());
        assertEquals("manual", backup.getString("backup_type"));
        assertEquals(kind(), backup.getString("db_kind"));
        assertTrue(backup.getBoolean("includes_files"));
        assertEquals(before.workdir().size(), backup.getJsonNumber("file_count").longValue());
        backupId = backup.getJsonNumber("id").longValue();

        Http.Answer list = Http.get(server.baseUrl() + "/api/admin/backup/");
        assertEquals(200, list.status(), list.body());
        JsonObject listed = list.body().startsWith("[")
                ? jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
                        .readArray()
                        .getJsonObject(0)
                : null;
        assertNotNull(listed);
        assertEquals(backupId, listed.getJsonNumber("id").longValue());
        assertTrue(listed.getBoolean("local_available"));

        JsonObject storage =
                Http.get(server.baseUrl() + "/api/admin/backup/storage").json();
        assertEquals(1, storage.getInt("verified_backups"));
        assertTrue(storage.getJsonNumber("free_bytes").longValue() > 0);

        HttpResponse<byte[]> download = bytes(server.baseUrl() + "/api/admin/backup/" + backupId + "/download");
        assertEquals(200, download.statusCode());
        assertEquals(backup.getString("checksum"), TestDocuments.sha256(download.body()), "the archive as recorded");
        archive = Files.createTempFile("docuelevate-backup-", ".zip");
        Files.write(archive, download.body());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            String manifest = new String(
                    zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(
                    manifest.contains("\"kind\": \"" + kind() + "\"")
                            || manifest.contains("\"kind\":\"" + kind() + "\""),
                    manifest);
            assertFalse(
                    manifest.contains("docuelevate:docuelevate")
                            || manifest.toLowerCase().contains("password"),
                    "no credentials in the manifest");
            assertEquals(before.workdir().size() + 2, zip.size(), "database dump + files + manifest");
        }
    }

    @Test
    @Order(2)
    void afterWipingDatabaseAndWorkDirectoryARestoreBringsEverythingBack() throws IOException {
        server.stop();
        LibertyServer.deleteRecursively(server.workdir());
        server = newServer("it-backup-" + kind()).start();
        assertEquals(
                0,
                Http.get(server.baseUrl() + "/api/files")
                        .json()
                        .getJsonArray("files")
                        .size(),
                "a blank server");

        Http.Answer restored = restoreUpload("offsite-copy.zip", Files.readAllBytes(archive));
        assertEquals(200, restored.status(), restored.body());
        JsonObject body = restored.json();
        assertEquals("restored", body.getString("status"));
        assertEquals(
                before.files().size(),
                body.getJsonObject("restored").getJsonNumber("documents").longValue());
        assertTrue(body.getJsonObject("restored").getJsonObject("files").getBoolean("included"));
        assertTrue(body.getJsonObject("pre_restore_backup").getJsonNumber("id").longValue() > 0);

        Answers after = answers(server);
        assertEquals(before.workdir(), after.workdir(), "every original and processed file, byte for byte");
        assertEquals(before.downloads(), after.downloads(), "downloads answer the same bytes");
        assertEquals(before.files(), after.files(), "the file list answers the same");
        assertEquals(before.details().keySet(), after.details().keySet());
        for (Long id : before.details().keySet()) {
            assertEquals(before.details().get(id), after.details().get(id), "GET /api/files/" + id);
        }

        Poll.until(
                WITHIN,
                "the search index rebuilt after the restore",
                () -> searchesBefore.equals(searches(server)) ? Boolean.TRUE : null);

        long newer = upload("after-restore.pdf", TestDocuments.textPdf("Written after the restore"));
        assertTrue(
                newer
                        > before.details().keySet().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(0),
                "identity sequences were restored too");
        assertEquals("completed", Documents.status(Documents.awaitTerminal(server.baseUrl(), newer, WITHIN)));

        JsonArray backups = jakarta.json.Json.createReader(new java.io.StringReader(
                        Http.get(server.baseUrl() + "/api/admin/backup/").body()))
                .readArray();
        assertTrue(
                backups.stream()
                        .anyMatch(b -> b.asJsonObject().getString("backup_type").equals("pre_restore")
                                && b.asJsonObject().getString("status").equals("verified")),
                backups.toString());
    }

    @Test
    @Order(3)
    void aDamagedOrForeignArchiveIsRefusedAndNothingChanges() throws IOException {
        Answers now = answers(server);
        String backupsBefore = Http.get(server.baseUrl() + "/api/admin/backup/").body();

        byte[] damaged = Files.readAllBytes(archive);
        damaged[damaged.length / 3] ^= 0x41;
        damaged[damaged.length / 3 + 1] ^= 0x41;
        Http.Answer refused = restoreUpload("damaged.zip", damaged);
        assertEquals(422, refused.status(), refused.body());
        String detail = refused.json().getString("detail");
        assertTrue(
                detail.startsWith("The archive cannot be restored") && detail.endsWith("Nothing was changed."), detail);

        Http.Answer notAZip = restoreUpload("notes.zip", "just some text".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notAZip.status(), notAZip.body());
        assertTrue(notAZip.json().getString("detail").contains("not a ZIP"), notAZip.body());

        assertEquals(now, answers(server), "documents, files and answers are unchanged");
        assertEquals(
                backupsBefore,
                Http.get(server.baseUrl() + "/api/admin/backup/").body(),
                "no pre-restore backup was taken for a refused archive");
    }

    @Test
    @Order(4)
    void aStoredBackupCanBeRestoredByIdDownloadedAndDeleted() {
        Http.Answer created = Http.post(server.baseUrl() + "/api/admin/backup/create?backup_type=daily&wait=true", "");
        assertEquals(200, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Answers now = answers(server);

        Http.Answer restored = Http.post(server.baseUrl() + "/api/admin/backup/restore", "{\"backup_id\": " + id + "}");
        assertEquals(200, restored.status(), restored.body());
        assertEquals(now, answers(server), "restoring the current state changes nothing a client sees");

        assertEquals(
                200, Http.delete(server.baseUrl() + "/api/admin/backup/" + id).status());
        assertEquals(
                404,
                bytes(server.baseUrl() + "/api/admin/backup/" + id + "/download")
                        .statusCode());
        assertEquals(
                404, Http.delete(server.baseUrl() + "/api/admin/backup/" + id).status());
        assertEquals(
                400,
                Http.post(server.baseUrl() + "/api/admin/backup/create?backup_type=yearly", "")
                        .status());

        Http.Answer cleanup = Http.post(server.baseUrl() + "/api/admin/backup/cleanup", "");
        assertEquals(200, cleanup.status(), cleanup.body());
        assertEquals("ok", cleanup.json().getString("status"));
    }
}
