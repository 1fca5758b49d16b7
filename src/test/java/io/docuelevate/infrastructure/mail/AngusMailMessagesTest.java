package io.docuelevate.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.mail.MailMessage;
import io.docuelevate.it.support.OfficeFiles;
import io.docuelevate.it.support.TestDocuments;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AngusMailMessagesTest {

    @TempDir
    Path dir;

    @Test
    void headersBodyAndAttachmentsAreRead() throws Exception {
        byte[] pdf = TestDocuments.textPdf("attached invoice");
        Path eml = dir.resolve("mail.eml");
        Files.write(eml, OfficeFiles.eml("zebra", "invoice.pdf", pdf));
        try (MailMessage message = new AngusMailMessages().read(eml)) {
            assertEquals("Alice Example <alice@example.org>", message.from());
            assertEquals("Bob <bob@example.org>", message.to());
            assertNull(message.cc());
            assertEquals("Fri, 4 Dec 2026 10:15:00 +0100", message.date());
            assertEquals("Invoice zebra", message.subject());
            assertTrue(message.text().contains("please find the invoice zebra attached"), message.text());
            assertNull(message.html());
            List<MailMessage.Attachment> attachments = message.attachments();
            assertEquals(
                    List.of("invoice.pdf", "setup.exe"),
                    attachments.stream().map(MailMessage.Attachment::filename).toList());
            try (InputStream in = attachments.get(0).open()) {
                assertArrayEquals(pdf, in.readAllBytes());
            }
        }
    }

    @Test
    void encodedHeadersHtmlBodiesAndInlineImagesAreHandled() throws Exception {
        String mail = "From: =?UTF-8?Q?J=C3=BCrgen?= <j@example.org>\r\n"
                + "Subject: =?UTF-8?B?UmVjaG51bmcgw5xiZXJzaWNodA==?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                + "--b2\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nGr\u00fc\u00dfe\r\n"
                + "--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hallo <img src=\"cid:logo\"></p>\r\n"
                + "--b2--\r\n"
                + "--b1\r\nContent-Type: image/png; name=\"logo.png\"\r\nContent-ID: <logo>\r\n"
                + "Content-Disposition: inline; filename=\"logo.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "iVBORw0KGgo=\r\n--b1--\r\n";
        Path eml = dir.resolve("encoded.eml");
        Files.write(eml, mail.getBytes(StandardCharsets.ISO_8859_1));
        try (MailMessage message = new AngusMailMessages().read(eml)) {
            assertEquals("J\u00fcrgen <j@example.org>", message.from());
            assertEquals("Rechnung \u00dcbersicht", message.subject());
            assertEquals("Gr\u00fc\u00dfe", message.text().strip());
            assertTrue(message.html().contains("<p>Hallo"), message.html());
            assertEquals(List.of(), message.attachments(), "an inline image of the body is not an attachment");
        }
    }

    @Test
    void plainTextWithoutHeadersIsABodyOnly() throws Exception {
        Path eml = dir.resolve("odd.eml");
        Files.writeString(eml, "\r\njust some text\r\n");
        try (MailMessage message = new AngusMailMessages().read(eml)) {
            assertNull(message.subject());
            assertEquals("just some text", message.text().strip());
        }
    }
}
