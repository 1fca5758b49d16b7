package io.docuelevate.infrastructure.mail;

import io.docuelevate.domain.mail.MailMessage;
import io.docuelevate.domain.mail.MailMessages;
import io.docuelevate.domain.processing.DocumentRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads {@code .eml} files with Jakarta Mail (Angus Mail). The file is mapped, not loaded: attachment contents
 * are decoded only when read. Parts with a file name (or an attachment disposition) are attachments, except
 * inline images an HTML body refers to by Content-ID; forwarded messages become {@code .eml} attachments. The
 * first text and the first HTML part outside attachments are the body. Nesting is followed to
 * {@value #MAX_DEPTH} levels.
 */
@ApplicationScoped
public class AngusMailMessages implements MailMessages {

    static final int MAX_DEPTH = 20;

    @Override
    public MailMessage read(Path eml) throws DocumentRejectedException {
        SharedFileInputStream in;
        try {
            in = new SharedFileInputStream(eml.toFile());
        } catch (IOException e) {
            throw new DocumentRejectedException("the e-mail cannot be read: " + e.getMessage(), e);
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Parsed parsed = new Parsed(in);
            parsed.from = addresses(message, "From");
            parsed.to = addresses(message, "To");
            parsed.cc = addresses(message, "Cc");
            parsed.date = decoded(message.getHeader("Date", ", "));
            parsed.subject = message.getSubject();
            walk(message, parsed, 0);
            return parsed;
        } catch (MessagingException | IOException | RuntimeException e) {
            close(in);
            throw new DocumentRejectedException("not a readable e-mail: " + e.getMessage(), e);
        }
    }

    private static void walk(Part part, Parsed parsed, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String filename = filename(part);
        boolean inlineImage = Part.INLINE.equalsIgnoreCase(part.getDisposition())
                && part instanceof MimePart mime
                && mime.getContentID() != null
                && part.isMimeType("image/*");
        if (!inlineImage && (filename != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()))) {
            String name =
                    filename != null ? filename : "attachment-" + (parsed.attachments.size() + 1) + extension(part);
            parsed.attachments.add(new PartAttachment(name, part));
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, parsed, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822")) {
            parsed.attachments.add(new PartAttachment("message-" + (parsed.attachments.size() + 1) + ".eml", part));
        } else if (part.isMimeType("text/html") && parsed.html == null) {
            parsed.html = text(part);
        } else if (part.isMimeType("text/plain") && parsed.text == null) {
            parsed.text = text(part);
        }
    }

    private static String filename(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        return decoded(name);
    }

    private static String extension(Part part) throws MessagingException {
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/pdf")) {
            return ".pdf";
        }
        return type.startsWith("text/plain") ? ".txt" : "";
    }

    /** A text part in its declared charset; an unknown charset is read as Latin-1 rather than failing. */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException e) {
            // fall through: raw bytes
        }
        try (InputStream raw = part.getInputStream()) {
            return new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String addresses(MimeMessage message, String header) {
        try {
            Address[] parsed = switch (header) {
                case "From" -> message.getFrom();
                case "To" -> message.getRecipients(MimeMessage.RecipientType.TO);
                default -> message.getRecipients(MimeMessage.RecipientType.CC);
            };
            if (parsed != null && parsed.length > 0) {
                List<String> shown = new ArrayList<>();
                for (Address address : parsed) {
                    shown.add(address instanceof InternetAddress internet ? shown(internet) : address.toString());
                }
                return String.join(", ", shown);
            }
        } catch (MessagingException | RuntimeException e) {
            // a malformed address list: shown as written below
        }
        try {
            return decoded(message.getHeader(header, ", "));
        } catch (MessagingException e) {
            return null;
        }
    }

    /** {@code Name <address>} without the quotes RFC 822 needs around some names. */
    private static String shown(InternetAddress address) {
        return address.getPersonal() == null
                ? address.getAddress()
                : address.getPersonal() + " <" + address.getAddress() + ">";
    }

    private static String decoded(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing held beyond the file handle
        }
    }

    /** The parsed message; closing it releases the file. */
    private static final class Parsed implements MailMessage {
        private final SharedFileInputStream in;
        private final List<Attachment> attachments = new ArrayList<>();
        private String from;
        private String to;
        private String cc;
        private String date;
        private String subject;
        private String text;
        private String html;

        Parsed(SharedFileInputStream in) {
            this.in = in;
        }

        @Override
        public String from() {
            return from;
        }

        @Override
        public String to() {
            return to;
        }

        @Override
        public String cc() {
            return cc;
        }

        @Override
        public String date() {
            return date;
        }

        @Override
        public String subject() {
            return subject;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public String html() {
            return html;
        }

        @Override
        public List<Attachment> attachments() {
            return List.copyOf(attachments);
        }

        @Override
        public void close() {
            AngusMailMessages.close(in);
        }
    }

    private record PartAttachment(String filename, Part part) implements MailMessage.Attachment {

        @Override
        public InputStream open() throws IOException {
            try {
                return part.getInputStream();
            } catch (MessagingException e) {
                throw new IOException("attachment '" + filename + "' cannot be decoded: " + e.getMessage(), e);
            }
        }
    }
}
