package io.docuelevate.domain.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Port to an IMAP server: open a mailbox, list the unread messages of its folders, read and mark them. */
public interface MailboxReader {

    /** Signs in and closes again: the connection test of the accounts API. */
    void test(MailboxSettings mailbox);

    /**
     * Opens {@code mailbox}; with {@code readOnly} the folders are opened read-only and nothing is ever marked.
     *
     * @throws MailboxException the server cannot be reached or refuses the sign-in
     */
    Connection open(MailboxSettings mailbox, boolean readOnly);

    /** An open mailbox; closing it closes its folders and the connection. */
    interface Connection extends AutoCloseable {

        /** The unread messages of {@code folder} (a folder that does not exist has none). */
        List<Message> unread(String folder);

        @Override
        void close();
    }

    /** One unread message; reading it does not mark it. */
    interface Message {

        /** A stable identity: the Message-ID, or folder + UIDVALIDITY + UID when there is none. */
        String key();

        /** The Message-ID header as sent, or {@code null}. */
        String messageId();

        /** Its attachments (parts with a file name), in message order. */
        List<Attachment> attachments();

        /** Marks it seen, or deletes it (expunged when the folder closes). */
        void markProcessed(boolean delete);
    }

    /** One attachment: its name as the sender wrote it (not sanitised) and its decoded bytes. */
    interface Attachment {

        String filename();

        InputStream open() throws IOException;
    }
}
