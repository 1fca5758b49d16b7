package io.docuelevate.it.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a processed document is delivered to the local destination by an {@code upload_to_local} step. A
 * destination that cannot be written fails the step with the reason and the document shows it; once the fault is
 * gone, {@code retry-subtask} delivers. Sending again never overwrites: the second copy gets a suffix. The on-demand
 * sends name the document by {@code file_path} or {@code file_id}; unknown destinations and steps answer 400. With
 * two destinations, a failing one does not keep the other (a real SFTP server, host key checked) from its copy.
 * Backups are copied to {@code BACKUP_REMOTE_DESTINATION}; a destination that is not configured is reported on the
 * backup while the local archive stays verified.
 */
class DeliveryIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    @TempDir
    Path scratch;

    @Test
    void aFailedDeliveryShowsItsReasonAndARetryDeliversWithoutEverOverwriting() throws Exception {
        Path destination = scratch.resolve("archive");
        Files.writeString(destination, "a file where the folder should be");
        try (LibertyServer server = LibertyServer.war("it-delivery")
                .env("LOCAL_DESTINATION_FOLDER", destination.toString())
                .env("TASK_RETRY_DELAYS", "1")
                .start()) {
            String base = server.baseUrl();
            byte[] pdf = TestDocuments.textPdf("Rechnung 4711 Lieferung", "Tannenweg Baumschule");
            Http.Answer uploaded = Http.upload(base + "/api/ui-upload", "rechnung.pdf", pdf);
            assertEquals(200, uploaded.status(), uploaded.body());
            long id = uploaded.json().getJsonNumber("file_id").longValue();

            JsonObject failed = awaitDelivery(base, id, "failure");
            assertEquals("failed", Documents.status(failed), "a failed delivery fails the document: " + failed);
            assertEquals("failure", Documents.stepStatus(failed, "upload_to_local"));
            JsonObject delivery = failed.getJsonArray("deliveries").getJsonObject(0);
            assertEquals("local", delivery.getString("destination"));
            assertTrue(delivery.getString("last_error").contains("cannot write"), delivery.toString());
            assertEquals("success", Documents.stepStatus(failed, "send_to_all_destinations"), failed.toString());

            Files.delete(destination);
            Http.Answer retried =
                    Http.post(base + "/api/files/" + id + "/retry-subtask?subtask_name=upload_to_local", "");
            assertEquals(200, retried.status(), retried.body());
            JsonObject delivered = awaitDelivery(base, id, "success");
            assertEquals("completed", Documents.status(delivered), delivered.toString());
            String name = delivered.getJsonArray("deliveries").getJsonObject(0).getString("remote_name");
            Path processed = server.workdir().resolve("processed").resolve(name);
            assertTrue(Files.isRegularFile(processed), "the remote name is the processed file's name: " + name);
            byte[] processedBytes = Files.readAllBytes(processed);
            assertArrayEquals(processedBytes, Files.readAllBytes(destination.resolve(name)));

            String filePath = URLEncoder.encode(processed.toString(), StandardCharsets.UTF_8);
            Http.Answer again = Http.post(base + "/api/send_to_local/?file_path=" + filePath, "");
            assertEquals(200, again.status(), again.body());
            assertEquals("queued", again.json().getString("status"));
            String second = awaitDelivery(base, id, "success", name)
                    .getJsonArray("deliveries")
                    .getJsonObject(0)
                    .getString("remote_name");
            String stem = name.substring(0, name.length() - ".pdf".length());
            assertEquals(stem + "_2.pdf", second, "a clash gets a suffix");
            assertArrayEquals(processedBytes, Files.readAllBytes(destination.resolve(name)), "the first is untouched");
            assertArrayEquals(processedBytes, Files.readAllBytes(destination.resolve(second)));

            Http.Answer all = Http.post(base + "/api/send_to_all_destinations/?file_id=" + id, "");
            assertEquals(200, all.status(), all.body());
            assertEquals(1, all.json().getJsonArray("task_ids").size(), all.body());

            Http.Answer unknown = Http.post(base + "/api/send_to_dropbox/?file_id=" + id, "");
            assertEquals(400, unknown.status(), unknown.body());
            assertTrue(unknown.json().getString("detail").contains("upload_to_local"), unknown.body());
            Http.Answer badStep =
                    Http.post(base + "/api/files/" + id + "/retry-subtask?subtask_name=upload_to_nowhere", "");
            assertEquals(400, badStep.status(), badStep.body());
            assertEquals(
                    404,
                    Http.post(base + "/api/send_to_local/?file_id=999999", "").status());
            assertEquals(422, Http.post(base + "/api/send_to_local/", "").status());
        }
    }

    @Test
    void oneDestinationFailingLeavesTheOtherDeliveredByteForByteOverSftp() throws Exception {
        Path blocked = scratch.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        Path sftpRoot = Files.createDirectories(scratch.resolve("sftp-root"));
        SshServer sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider();
        sftp.setKeyPairProvider(hostKeys);
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(sftpRoot));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setPasswordAuthenticator((user, password, session) -> "scan".equals(user) && "Scan-pw-9".equals(password));
        sftp.start();
        try {
            Path knownHosts = scratch.resolve("known_hosts");
            Files.writeString(
                    knownHosts,
                    "[127.0.0.1]:" + sftp.getPort() + " "
                            + PublicKeyEntry.toString(
                                    hostKeys.loadKeys(null).iterator().next().getPublic()) + "\n");
            try (LibertyServer server = LibertyServer.war("it-delivery-two")
                    .env("LOCAL_DESTINATION_FOLDER", blocked.toString())
                    .env("SFTP_HOST", "127.0.0.1")
                    .env("SFTP_PORT", Integer.toString(sftp.getPort()))
                    .env("SFTP_USERNAME", "scan")
                    .env("SFTP_PASSWORD", "Scan-pw-9")
                    .env("SFTP_FOLDER", "archive/2026")
                    .env("SFTP_KNOWN_HOSTS", knownHosts.toString())
                    .env("TASK_RETRY_DELAYS", "1")
                    .start()) {
                String base = server.baseUrl();
                byte[] pdf = TestDocuments.textPdf("Vertrag 2026 Wartung", "Eichenallee Hausverwaltung");
                long id = Http.upload(base + "/api/ui-upload", "vertrag.pdf", pdf)
                        .json()
                        .getJsonNumber("file_id")
                        .longValue();
                JsonObject detail = Poll.until(WITHIN, "both deliveries of " + id + " to end", () -> {
                    JsonObject d = Http.get(base + "/api/files/" + id).json();
                    List<String> states = d.getJsonArray("deliveries").stream()
                            .map(v -> v.asJsonObject().getString("status"))
                            .toList();
                    return states.size() == 2 && states.contains("success") && states.contains("failure") ? d : null;
                });
                assertEquals("failure", Documents.stepStatus(detail, "upload_to_local"), detail.toString());
                assertEquals("success", Documents.stepStatus(detail, "upload_to_sftp"), detail.toString());
                String name = detail.getJsonArray("deliveries").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(d -> d.getString("destination").equals("sftp"))
                        .findFirst()
                        .orElseThrow()
                        .getString("remote_name");
                assertArrayEquals(
                        Files.readAllBytes(server.workdir().resolve("processed").resolve(name)),
                        Files.readAllBytes(sftpRoot.resolve("archive/2026").resolve(name)),
                        "the SFTP server holds the processed PDF under its name");
            }
        } finally {
            sftp.stop(true);
        }
    }

    @Test
    void aVerifiedBackupIsCopiedToTheRemoteDestinationAndAMissingOneIsReported() throws Exception {
        Path folder = scratch.resolve("offsite");
        try (LibertyServer server = LibertyServer.war("it-delivery-backup")
                .env("BACKUP_ENABLED", "false")
                .env("LOCAL_DESTINATION_FOLDER", folder.toString())
                .env("BACKUP_REMOTE_DESTINATION", "local")
                .start()) {
            Http.Answer created =
                    Http.post(server.baseUrl() + "/api/admin/backup/create?backup_type=manual&wait=true", "");
            assertEquals(200, created.status(), created.body());
            JsonObject backup = created.json();
            assertEquals("verified", backup.getString("status"), backup.toString());
            assertEquals("local", backup.getString("remote_destination"), backup.toString());
            Path copy = folder.resolve(backup.getString("remote_path"));
            assertEquals(backup.getString("checksum"), TestDocuments.sha256(Files.readAllBytes(copy)), "same archive");
        }
        try (LibertyServer server = LibertyServer.war("it-delivery-backup-missing")
                .env("BACKUP_ENABLED", "false")
                .env("BACKUP_REMOTE_DESTINATION", "sftp")
                .start()) {
            JsonObject backup = Http.post(
                            server.baseUrl() + "/api/admin/backup/create?backup_type=manual&wait=true", "")
                    .json();
            assertEquals("verified", backup.getString("status"), "the local backup stays good: " + backup);
            assertTrue(!backup.containsKey("remote_path") || backup.isNull("remote_path"), backup.toString());
            assertTrue(backup.getString("error_detail").contains("not a configured destination"), backup.toString());
        }
    }

    /**
     * Polls the detail until the single delivery and its step are both in {@code state} (the delivery row is written
     * just before the step history) and, when given, its name differs.
     */
    private static JsonObject awaitDelivery(String base, long id, String state, String... notName) {
        return Poll.until(WITHIN, "the delivery of " + id + " to be " + state, () -> {
            Http.Answer answer = Http.get(base + "/api/files/" + id);
            if (answer.status() != 200) {
                return null;
            }
            JsonObject detail = answer.json();
            Optional<JsonObject> delivery = detail.getJsonArray("deliveries").stream()
                    .map(JsonValue::asJsonObject)
                    .findFirst();
            boolean matches = delivery.isPresent()
                    && state.equals(delivery.get().getString("status"))
                    && state.equals(Documents.stepStatus(detail, delivery.get().getString("step_name")))
                    && (notName.length == 0
                            || (!delivery.get().isNull("remote_name")
                                    && !notName[0].equals(delivery.get().getString("remote_name"))));
            return matches ? detail : null;
        });
    }
}
