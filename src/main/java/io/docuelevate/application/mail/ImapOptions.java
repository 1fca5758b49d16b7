package io.docuelevate.application.mail;

import io.docuelevate.domain.mail.MailboxSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The IMAP settings the use cases need ({@code IMAP1_*}, {@code IMAP2_*}, {@code IMAP_*}). */
public interface ImapOptions {

    /** Which attachments become documents ({@code IMAP_ATTACHMENT_FILTER}). */
    enum AttachmentFilter {
        /** Documents only: PDFs (and what the server can convert), no images. */
        DOCUMENTS_ONLY,
        /** Documents and images. */
        ALL;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The configured system mailboxes ({@code IMAP1_HOST}, {@code IMAP2_HOST} set). */
    List<MailboxSettings> systemMailboxes();

    /** {@code IMAP_READONLY_MODE}: read and ingest, but never mark or delete a message. */
    boolean readOnly();

    AttachmentFilter attachmentFilter();

    /** The folders read in each mailbox, INBOX first. */
    List<String> folders();

    /** How often every mailbox is polled. */
    Duration pollTick();

    /** The longest wait before a failing mailbox is tried again. */
    Duration maxBackoff();
}
