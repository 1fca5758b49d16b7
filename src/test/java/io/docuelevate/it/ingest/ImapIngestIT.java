package io.docuelevate.it.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.docuelevate.it.support.ApiSession;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.OfficeFiles;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestCertificates;
import io.docuelevate.it.support.TestDocuments;
import jakarta.activation.DataHandler;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 2: IMAP ingestion against GreenMail (IMAPS on a loopback port, its certificate trusted through
 * {@code IMAP_TRUSTSTORE_PATH} only). The good system mailbox holds a PDF, an image, a Word file (converted to PDF,
 * then completed), a disallowed type and a message without attachment; the server is killed right after the first message's attachment is committed and
 * before the message is marked, then started again: each attachment becomes exactly one byte-identical document
 * and every message is marked seen. A second system mailbox with a wrong password shows in health and the
 * readiness report without stopping the first. A user's account is created, read, changed, tested and deleted
 * through {@code /api/imap-accounts} (never answering the password, 404 for another user) and ingests for its owner;
 * a private or metadata host is refused unless listed in {@code INTEGRATION_ALLOW_HOSTS}.
 */
class ImapIngestIT {

    private static final String KEYSTORE_PASSWORD = "changeit";
    private static final String TRUST_PASSWORD = "trust-it";
    private static final String SCANNER_PASSWORD = "Scanner-pw-1";
    private static final String ALICE_MAIL_PASSWORD = "Alice-mail-pw-7";

    @TempDir
    Path scratch;

    @Test
    void attachmentsBecomeDocumentsOnceAcrossARestartAndAFailingMailboxStaysApart() throws Exception {
        Path truststore = certificates();
        ServerSetup imaps = new ServerSetup(LibertyServer.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAPS);
        GreenMail mail = new GreenMail(imaps);
        mail.start();
        String database = PostgresDatabases.create("it_imap");
        try (LibertyServer server = LibertyServer.war("it-imap")
                .withAuth()
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .env("IMAP1_HOST", "127.0.0.1")
                .env("IMAP1_PORT", Integer.toString(imaps.getPort()))
                .env("IMAP1_USERNAME", "scanner")
                .env("IMAP1_PASSWORD", SCANNER_PASSWORD)
                .env("IMAP2_HOST", "127.0.0.1")
                .env("IMAP2_PORT", Integer.toString(imaps.getPort()))
                .env("IMAP2_USERNAME", "other")
                .env("IMAP2_PASSWORD", "wrong-password")
                .env("IMAP_ATTACHMENT_FILTER", "all")
                .env("IMAP_POLL_SECONDS", "1")
                .env("IMAP_BACKOFF_MAX_SECONDS", "4")
                .env("IMAP_TIMEOUT_SECONDS", "10")
                .env("IMAP_TRUSTSTORE_PATH", truststore.toString())
                .env("IMAP_TRUSTSTORE_PASSWORD", TRUST_PASSWORD)
                .env("INTEGRATION_ALLOW_HOSTS", "127.0.0.1")
                .env("TEST_PAUSE_AT", "imap-stored")) {
            GreenMailUser scanner = mail.setUser("scanner@example.test", "scanner", SCANNER_PASSWORD);
            mail.setUser("other@example.test", "other", "right-password");
            GreenMailUser alice = mail.setUser("alice@example.test", "alice", ALICE_MAIL_PASSWORD);

            byte[] pdf = TestDocuments.textPdf("Rechnung 2026-118", "Kiefernweg Baumschule");
            byte[] png = TestDocuments.scannedPng(List.of("Quittung Nummer 77"));
            byte[] zip = TestDocuments.zip();
            scanner.deliver(message("Invoice", "<pdf-1@example.test>", Map.of("../../Rechnung: 118.pdf", pdf)));
            scanner.deliver(message("Photo", "<png-1@example.test>", Map.of("receipt.png", png)));
            byte[] docx = OfficeFiles.docx("walrus");
            scanner.deliver(message("Letter", "<docx-1@example.test>", Map.of("brief.docx", docx)));
            scanner.deliver(message("Archive", "<zip-1@example.test>", Map.of("bundle.zip", zip)));
            scanner.deliver(message("Just text", "<text-1@example.test>", Map.of()));

            server.start();
            Poll.until(Duration.ofSeconds(90), "the first attachment to be stored", () -> {
                try (Stream<Path> files = Files.list(server.workdir())) {
                    return files.filter(p -> p.getFileName().toString().startsWith("test-pause-imap-stored-"))
                            .findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            assertEquals(1, count(database, "SELECT COUNT(*) FROM files"), "one document stored before the kill");
            assertEquals(
                    "STORED",
                    single(database, "SELECT state FROM imap_messages WHERE message_id = '<pdf-1@example.test>'"));
            assertFalse(seen(mail, scanner).get("Invoice"), "not marked before the kill");
            server.kill();

            server.env("TEST_PAUSE_AT", "");
            server.start();
            Poll.until(
                    Duration.ofSeconds(90),
                    "every message of the good mailbox to be marked seen",
                    () -> seen(mail, scanner).values().stream().allMatch(Boolean::booleanValue) ? Boolean.TRUE : null);

            Map<String, byte[]> stored = originals(database, server.workdir());
            assertEquals(
                    List.of("Rechnung_ 118.pdf", "receipt.png", "brief.docx"),
                    new ArrayList<>(stored.keySet()),
                    "the PDF, the image and the Word file, once each, names sanitised; the ZIP and the text-only"
                            + " message give none");
            assertArrayEquals(pdf, stored.get("Rechnung_ 118.pdf"), "the PDF is byte-identical");
            assertArrayEquals(png, stored.get("receipt.png"), "the image is byte-identical");
            assertArrayEquals(docx, stored.get("brief.docx"), "the Word file is byte-identical");
            Poll.until(Duration.ofSeconds(120), "the Word file to be converted and its document completed", () -> {
                try {
                    return count(
                                            database,
                                            "SELECT COUNT(*) FROM file_processing_steps s JOIN files f ON f.id = s.file_id"
                                                    + " WHERE f.original_filename = 'brief.docx' AND s.status = 'success'"
                                                    + " AND s.step_name IN ('convert_to_pdf', 'finalize_pipeline')")
                                    == 2
                            ? Boolean.TRUE
                            : null;
                } catch (SQLException e) {
                    return null;
                }
            });
            assertEquals(
                    0,
                    count(database, "SELECT COUNT(*) FROM files WHERE owner_id IS NOT NULL"),
                    "system mailboxes' documents have no owner");
            Poll.until(Duration.ofSeconds(30), "the five messages to be recorded done", () -> {
                try {
                    return count(database, "SELECT COUNT(*) FROM imap_messages WHERE state = 'DONE'") == 5
                            ? Boolean.TRUE
                            : null;
                } catch (SQLException e) {
                    return null;
                }
            });
            assertEquals(5, count(database, "SELECT COUNT(*) FROM imap_messages"), "one record per message");

            ApiSession admin = ApiSession.admin(server);
            JsonObject imap = Poll.until(Duration.ofSeconds(30), "the wrong password to show in health", () -> {
                JsonObject health = admin.get("/api/health").json();
                JsonObject check = health.getJsonObject("checks").getJsonObject("imap");
                return check != null && "degraded".equals(check.getString("status")) ? check : null;
            });
            JsonObject mailboxes = imap.getJsonObject("mailboxes");
            assertEquals("ok", mailboxes.getJsonObject("IMAP1").getString("status"), imap.toString());
            assertEquals("error", mailboxes.getJsonObject("IMAP2").getString("status"), imap.toString());
            assertFalse(imap.toString().contains("wrong-password"), "no password in health: " + imap);

            JsonObject item = readinessItem(admin, "imap_mailboxes");
            assertEquals("warn", item.getString("status"), item.toString());
            assertTrue(item.getString("evidence").contains("IMAP2"), item.toString());

            accounts(server, admin, imaps.getPort(), alice, database);
        } finally {
            mail.stop();
            PostgresDatabases.drop(database);
        }
    }

    private void accounts(LibertyServer server, ApiSession admin, int port, GreenMailUser alice, String database)
            throws Exception {
        admin.createUser("alice", "Alice-login-Pw-42", false);
        ApiSession user = ApiSession.signIn(server, "alice", "Alice-login-Pw-42");
        String body = "{\"host\":\"127.0.0.1\",\"port\":" + port + ",\"username\":\"alice\",\"password\":\""
                + ALICE_MAIL_PASSWORD + "\",\"use_ssl\":true}";

        Http.Answer tested = user.postJson("/api/imap-accounts/test", body.replace(ALICE_MAIL_PASSWORD, "nope"));
        assertEquals(200, tested.status(), tested.body());
        assertFalse(tested.json().getBoolean("success"), tested.body());

        Http.Answer metadataHost = user.postJson("/api/imap-accounts", body.replace("127.0.0.1", "169.254.169.254"));
        assertEquals(422, metadataHost.status(), metadataHost.body());
        assertTrue(metadataHost.json().getString("detail").contains("not allowed"), metadataHost.body());
        Http.Answer privateHost = user.postJson("/api/imap-accounts/test", body.replace("127.0.0.1", "10.20.30.40"));
        assertEquals(422, privateHost.status(), privateHost.body());
        assertTrue(privateHost.json().getString("detail").contains("private address"), privateHost.body());

        Http.Answer created = user.postJson("/api/imap-accounts", body);
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains(ALICE_MAIL_PASSWORD), created.body());
        assertFalse(created.json().containsKey("password"), created.body());
        assertTrue(created.json().getBoolean("has_password"), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String stored = single(database, "SELECT password FROM user_imap_accounts WHERE id = " + id);
        assertTrue(stored.startsWith("v1:") && !stored.contains(ALICE_MAIL_PASSWORD), "encrypted at rest");

        Http.Answer changed = user.send(
                "PUT",
                "/api/imap-accounts/" + id,
                "application/json",
                ("{\"name\":\"Alice inbox\",\"host\":\"127.0.0.1\",\"port\":" + port + ",\"username\":\"alice\"}")
                        .getBytes());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("Alice inbox", changed.json().getString("name"));
        assertTrue(changed.json().getBoolean("has_password"), "a change without password keeps it");

        Http.Answer test = user.postJson("/api/imap-accounts/" + id + "/test", "");
        assertEquals(200, test.status(), test.body());
        assertTrue(test.json().getBoolean("success"), test.body());

        Http.Answer list = user.get("/api/imap-accounts");
        assertEquals(200, list.status(), list.body());
        assertEquals(1, array(list).size(), list.body());
        assertFalse(list.body().contains(ALICE_MAIL_PASSWORD), list.body());
        assertEquals(404, admin.get("/api/imap-accounts/" + id).status(), "another user's account is unknown");
        assertEquals(0, array(admin.get("/api/imap-accounts")).size());

        byte[] pdf = TestDocuments.textPdf("Vertrag Alice", "Lindenallee 3");
        alice.deliver(message("Contract", "<alice-1@example.test>", Map.of("vertrag.pdf", pdf)));
        String owner = Poll.until(Duration.ofSeconds(60), "Alice's attachment to become her document", () -> {
            try {
                return single(database, "SELECT owner_id FROM files WHERE original_filename = 'vertrag.pdf'");
            } catch (SQLException | AssertionError e) {
                return null;
            }
        });
        assertEquals(single(database, "SELECT owner_id FROM user_imap_accounts WHERE id = " + id), owner);
        assertNotNull(owner);

        Http.Answer deleted = user.send("DELETE", "/api/imap-accounts/" + id, "application/json", new byte[0]);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(404, user.get("/api/imap-accounts/" + id).status());
    }

    private static MimeMessage message(String subject, String messageId, Map<String, byte[]> attachments)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("sender@example.test"));
        message.setSubject(subject);
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Please find attached: " + subject);
        multipart.addBodyPart(text);
        for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.getValue(), "application/octet-stream")));
            part.setFileName(attachment.getKey());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            multipart.addBodyPart(part);
        }
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    /** Subject → whether the message carries \Seen, as the IMAP server has it. */
    private static Map<String, Boolean> seen(GreenMail mail, GreenMailUser user) {
        try {
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (StoredMessage stored :
                    mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                seen.put(stored.getMimeMessage().getSubject(), stored.isSet(Flags.Flag.SEEN));
            }
            return seen;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Original name → bytes of the stored original, for every document, in name order. */
    private static Map<String, byte[]> originals(String database, Path workdir) throws Exception {
        Map<String, byte[]> originals = new LinkedHashMap<>();
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT original_filename, original_file_path FROM files ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                assertNull(
                        originals.put(rows.getString(1), Files.readAllBytes(workdir.resolve(rows.getString(2)))),
                        "one document for " + rows.getString(1));
            }
        }
        return originals;
    }

    private static JsonObject readinessItem(ApiSession admin, String id) {
        Http.Answer answer = admin.get("/api/admin/readiness");
        assertEquals(200, answer.status(), answer.body());
        for (JsonValue value : answer.json().getJsonArray("items")) {
            if (id.equals(value.asJsonObject().getString("id"))) {
                return value.asJsonObject();
            }
        }
        throw new AssertionError("no item " + id + " in " + answer.body());
    }

    private static JsonArray array(Http.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static long count(String database, String sql) throws SQLException {
        return Long.parseLong(single(database, sql));
    }

    private static String single(String database, String sql) throws SQLException {
        try (Connection connection = PostgresDatabases.connect(database);
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rows.getString(1);
        }
    }

    /**
     * A key pair for 127.0.0.1 that GreenMail serves IMAPS with, and a trust store holding only its certificate
     * for the server's {@code IMAP_TRUSTSTORE_PATH}: host name checks stay on, nothing trusts every certificate.
     */
    private Path certificates() throws Exception {
        TestCertificates.Stores stores = TestCertificates.create(
                scratch, "imap", "ip:127.0.0.1,dns:localhost", KEYSTORE_PASSWORD, TRUST_PASSWORD);
        TestCertificates.useForGreenMail(stores);
        return stores.truststore();
    }
}
