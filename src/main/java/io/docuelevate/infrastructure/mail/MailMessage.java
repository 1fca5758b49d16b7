package io.docuelevate.infrastructure.mail;

import io.docuelevate.domain.mail.MailboxException;
import io.docuelevate.domain.mail.MailboxReader;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/** One unread IMAP message: its identity, its attachments (parts with a file name), and the marking. */
final class MailMessage implements MailboxReader.Message {

    static final String UNNAMED = "attachment";
    private static final int MAX_DEPTH = 10;

    private final Folder folder;
    private final Message message;

    MailMessage(Folder folder, Message message) {
        this.folder = folder;
        this.message = message;
    }

    /** The unread messages of an open folder. */
    static List<MailboxReader.Message> unread(Folder folder) throws MessagingException {
        List<MailboxReader.Message> unread = new ArrayList<>();
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            unread.add(new MailMessage(folder, message));
        }
        return unread;
    }

    @Override
    public String key() {
        String id = messageId();
        if (id != null) {
            return "message-id:" + id;
        }
        try {
            if (folder instanceof UIDFolder uids) {
                return "uid:" + folder.getFullName() + ":" + uids.getUIDValidity() + ":" + uids.getUID(message);
            }
            return "number:" + folder.getFullName() + ":" + message.getMessageNumber();
        } catch (MessagingException e) {
            throw new MailboxException("cannot read the UID of a message: " + MailErrors.describe(e), e);
        }
    }

    @Override
    public String messageId() {
        try {
            String[] values = message.getHeader("Message-ID");
            if (values == null || values.length == 0 || values[0].isBlank()) {
                return null;
            }
            String id = values[0].strip();
            return id.length() > 500 ? id.substring(0, 500) : id;
        } catch (MessagingException e) {
            throw new MailboxException("cannot read a message header: " + MailErrors.describe(e), e);
        }
    }

    @Override
    public List<MailboxReader.Attachment> attachments() {
        List<MailboxReader.Attachment> found = new ArrayList<>();
        try {
            collect(message, found, 0);
        } catch (MessagingException | IOException e) {
            throw new MailboxException("cannot read a message: " + e.getMessage(), e);
        }
        return found;
    }

    private static void collect(Part part, List<MailboxReader.Attachment> found, int depth)
            throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found, depth + 1);
            }
            return;
        }
        String filename = filename(part);
        if (filename != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            String name = filename == null ? UNNAMED : filename;
            found.add(new MailboxReader.Attachment() {
                @Override
                public String filename() {
                    return name;
                }

                @Override
                public InputStream open() throws IOException {
                    try {
                        return part.getInputStream();
                    } catch (MessagingException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            });
        }
    }

    private static String filename(Part part) throws MessagingException {
        String raw = part.getFileName();
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(raw);
        } catch (UnsupportedEncodingException e) {
            return raw;
        }
    }

    @Override
    public void markProcessed(boolean delete) {
        try {
            message.setFlag(delete ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
        } catch (MessagingException e) {
            throw new MailboxException("cannot mark a message: " + MailErrors.describe(e), e);
        }
    }
}
