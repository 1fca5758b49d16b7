package io.docuelevate.infrastructure.delivery.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.email.SmtpDestination.Security;
import io.docuelevate.infrastructure.mail.MailTrust;
import io.docuelevate.it.support.TestCertificates;
import io.docuelevate.it.support.TestDocuments;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-mail destination against GreenMail on 127.0.0.1: plain SMTP with sign-in and SMTPS with a certificate
 * trusted through a trust store of its own. The recipient receives one message whose subject is the title and
 * whose attachment has the delivered name, {@code application/pdf} and the file's exact bytes.
 */
class SmtpRemoteStoreTest {

    private static final String PASSWORD = "Scan-pw-3141";
    private static final String KEYSTORE_PASSWORD = "changeit";
    private static final String TRUST_PASSWORD = "trust-smtp";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path certificates;

    private static SSLSocketFactory trust;

    @TempDir
    Path scratch;

    private GreenMail mail;

    @BeforeAll
    static void serverCertificate() throws Exception {
        TestCertificates.Stores stores = TestCertificates.create(
                certificates, "smtp", "ip:127.0.0.1,dns:mail.example.test", KEYSTORE_PASSWORD, TRUST_PASSWORD);
        TestCertificates.useForGreenMail(stores);
        trust = MailTrust.create("test trust store", Optional.of(stores.truststore()), Optional.of(TRUST_PASSWORD));
    }

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void plainSmtpWithSignInDeliversTheAttachmentByteIdentical() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);
        byte[] pdf = pdf();
        DeliveredDocument document = document(pdf);

        assertTrue(store(port, Security.PLAIN, PASSWORD, HostGuard.TRUSTED)
                .putIfAbsent("Rechnung 2026-118.pdf", document));

        MimeMessage received = received();
        assertEquals("Rechnung Baumschule März", received.getSubject());
        assertEquals("archive@example.test", received.getAllRecipients()[0].toString());
        assertEquals("scanner@example.test", received.getFrom()[0].toString());
        MimeMultipart content = (MimeMultipart) received.getContent();
        assertEquals(2, content.getCount());
        String text = (String) content.getBodyPart(0).getContent();
        assertTrue(text.contains("File: Rechnung 2026-118.pdf"), text);
        assertTrue(text.contains("Tags: invoice, garden"), text);
        assertTrue(text.contains("Correspondent: Kiefernweg Baumschule"), text);
        BodyPart attachment = content.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals("Rechnung 2026-118.pdf", attachment.getFileName());
        assertTrue(attachment.getContentType().startsWith("application/pdf"), attachment.getContentType());
        assertArrayEquals(pdf, attachment.getInputStream().readAllBytes());
    }

    @Test
    void implicitTlsChecksTheCertificateAgainstTheHostNameAndConnectsToTheGuardedAddress() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTPS);
        byte[] pdf = pdf();
        AtomicInteger resolved = new AtomicInteger();
        HostGuard pinned = host -> {
            resolved.incrementAndGet();
            try {
                return InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        };

        SmtpRemoteStore store = new SmtpRemoteStore(
                destination("mail.example.test", port, Security.IMPLICIT_TLS, PASSWORD), pinned, trust, TIMEOUT);
        store.test();
        assertTrue(store.putIfAbsent("Brief.pdf", document(pdf)));
        MimeMessage received = received();
        assertArrayEquals(
                pdf,
                ((MimeMultipart) received.getContent())
                        .getBodyPart(1)
                        .getInputStream()
                        .readAllBytes());
        assertEquals(2, resolved.get());

        SmtpRemoteStore wrongName = new SmtpRemoteStore(
                destination("other.example.test", port, Security.IMPLICIT_TLS, PASSWORD), pinned, trust, TIMEOUT);
        RemoteStoreException refused = assertThrows(RemoteStoreException.class, wrongName::test);
        assertFalse(refused.isTransient(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("E-mail other.example.test:" + port), refused.getMessage());
    }

    @Test
    void startTlsIsRequiredWhenAskedFor() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(port, Security.STARTTLS, PASSWORD, HostGuard.TRUSTED)
                        .putIfAbsent("a.pdf", document(pdf())));

        assertFalse(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void aWrongPasswordNeedsAChangeAndIsNeverQuoted() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);
        String wrong = "Wrong-pw-2718";

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(port, Security.PLAIN, wrong, HostGuard.TRUSTED).test());

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("sign-in refused for user scanner"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @Test
    void aStoppedServerIsWorthRetrying() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);
        mail.stop();
        mail = null;

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(port, Security.PLAIN, PASSWORD, HostGuard.TRUSTED).putIfAbsent("a.pdf", document(pdf())));

        assertTrue(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().startsWith("E-mail 127.0.0.1:" + port + ": sending a.pdf failed"), e.getMessage());
    }

    @Test
    void aRefusedHostIsRefusedBeforeAnyConnection() throws Exception {
        int port = start(ServerSetup.PROTOCOL_SMTP);
        HostGuard refusing = host -> {
            throw new RemoteStoreException("host " + host + " is a private address", false);
        };

        RemoteStoreException e = assertThrows(
                RemoteStoreException.class,
                () -> store(port, Security.PLAIN, PASSWORD, refusing).putIfAbsent("a.pdf", document(pdf())));

        assertFalse(e.isTransient());
        assertTrue(e.getMessage().contains("private address"), e.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void aMailboxKeepsNoFiles() throws Exception {
        SmtpRemoteStore store = store(1, Security.PLAIN, PASSWORD, HostGuard.TRUSTED);
        assertEquals(List.of(), store.list());
        store.delete("a.pdf");
        RemoteStoreException e =
                assertThrows(RemoteStoreException.class, () -> store.get("a.pdf", scratch.resolve("a.pdf")));
        assertFalse(e.isTransient());
    }

    @Test
    void integrationSettingsFollowTheReferenceNames() {
        SmtpDestination implicit = EmailRemoteStoreProvider.destination(
                Map.of("host", "smtp.example.test", "port", "465", "username", "scan", "recipient", "a@example.test"),
                Map.of("password", "pw"));
        assertEquals(Security.IMPLICIT_TLS, implicit.security());
        assertEquals("scan", implicit.sender());
        SmtpDestination defaults = EmailRemoteStoreProvider.destination(
                Map.of("host", "smtp.example.test", "sender", "s@example.test", "recipient", "a@example.test"),
                Map.of());
        assertEquals(587, defaults.port());
        assertEquals(Security.STARTTLS, defaults.security());
        assertEquals(
                Security.PLAIN,
                EmailRemoteStoreProvider.destination(
                                Map.of("host", "h", "use_tls", "false", "sender", "s@x.test", "recipient", "r@x.test"),
                                Map.of())
                        .security());
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> EmailRemoteStoreProvider.destination(Map.of("host", "h", "sender", "s@x.test"), Map.of()));
        assertEquals("recipient is required", missing.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> EmailRemoteStoreProvider.destination(
                        Map.of("host", "h", "port", "70000", "sender", "s@x.test", "recipient", "r@x.test"), Map.of()));
    }

    private int start(String protocol) {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", protocol).dynamicPort());
        mail.start();
        mail.setUser("scanner@example.test", "scanner", PASSWORD);
        return ServerSetup.PROTOCOL_SMTPS.equals(protocol)
                ? mail.getSmtps().getPort()
                : mail.getSmtp().getPort();
    }

    private MimeMessage received() {
        assertTrue(mail.waitForIncomingEmail(TIMEOUT.toMillis(), 1), "no message arrived");
        MimeMessage[] messages = mail.getReceivedMessages();
        assertEquals(1, messages.length);
        return messages[0];
    }

    private SmtpRemoteStore store(int port, Security security, String password, HostGuard hosts) {
        return new SmtpRemoteStore(destination("127.0.0.1", port, security, password), hosts, trust, TIMEOUT);
    }

    private static SmtpDestination destination(String host, int port, Security security, String password) {
        return new SmtpDestination(
                host, port, security, "scanner", password, "scanner@example.test", "archive@example.test");
    }

    private DeliveredDocument document(byte[] pdf) throws Exception {
        Path file = scratch.resolve("processed.pdf");
        Files.write(file, pdf);
        return new DeliveredDocument(
                file,
                "Rechnung 2026-118.pdf",
                "Rechnung Baumschule März",
                List.of("invoice", "garden"),
                "Kiefernweg Baumschule",
                Map.of());
    }

    private static byte[] pdf() {
        return TestDocuments.textPdf("Rechnung 2026-118", "Kiefernweg Baumschule");
    }
}
