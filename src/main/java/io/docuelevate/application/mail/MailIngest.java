package io.docuelevate.application.mail;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.IngestService.StagedFile;
import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.application.processing.StepPauses;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.mail.MailboxException;
import io.docuelevate.domain.mail.MailboxReader;
import io.docuelevate.domain.mail.MailboxSettings;
import io.docuelevate.domain.mail.ProcessedMessages;
import io.docuelevate.domain.mail.ProcessedMessages.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Polls one mailbox once: every unread message of the configured folders is claimed in the database, its
 * allowed attachments are stored as documents of the mailbox's owner in one transaction together with the
 * message's {@code STORED} mark, and only then is the message marked seen (or deleted). A restart between the
 * commit and the marking finds the message {@code STORED} and only marks it; a crash before the commit leaves
 * nothing, and the claim's lease runs out so another poll takes it again.
 */
@ApplicationScoped
public class MailIngest {

    /** Test only ({@code TEST_PAUSE_AT}): a message's attachments are committed, the message is not marked yet. */
    public static final String PAUSE_STORED = "imap-stored";

    static final Duration CLAIM_LEASE = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(MailIngest.class.getName());

    @Inject
    MailboxReader reader;

    @Inject
    ProcessedMessages processed;

    @Inject
    IngestService ingest;

    @Inject
    ImapOptions options;

    @Inject
    StepPauses pauses;

    @Inject
    MailTransactions transactions;

    /**
     * Polls {@code mailbox} and answers the documents it created.
     *
     * @throws MailboxException the mailbox cannot be reached, signed in to or read
     */
    public int poll(MailboxSettings mailbox, String worker) {
        int created = 0;
        try (MailboxReader.Connection connection = reader.open(mailbox, options.readOnly())) {
            for (String folder : options.folders()) {
                for (MailboxReader.Message message : connection.unread(folder)) {
                    created += take(mailbox, message, worker);
                }
            }
        }
        return created;
    }

    private int take(MailboxSettings mailbox, MailboxReader.Message message, String worker) {
        Optional<Claim> claimed =
                processed.claim(mailbox.key(), sha256(message.key()), message.messageId(), worker, CLAIM_LEASE);
        if (claimed.isEmpty()) {
            return 0;
        }
        Claim claim = claimed.get();
        List<Long> fileIds = List.of();
        if (claim.state() == ProcessedMessages.State.CLAIMED) {
            try {
                fileIds = store(mailbox, message, claim);
            } catch (RuntimeException e) {
                processed.release(claim);
                throw e;
            }
            if (!fileIds.isEmpty()) {
                pauses.reached(PAUSE_STORED, fileIds.get(0));
            }
        }
        if (!options.readOnly()) {
            message.markProcessed(mailbox.deleteAfterProcess());
        }
        processed.markDone(claim);
        List<Long> ids = fileIds;
        LOG.info(() -> "IMAP " + mailbox.key() + ": message taken, documents " + ids);
        return fileIds.size();
    }

    private List<Long> store(MailboxSettings mailbox, MailboxReader.Message message, Claim claim) {
        List<StagedFile> staged = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (MailboxReader.Attachment attachment : message.attachments()) {
                stage(mailbox, attachment).ifPresent(file -> {
                    staged.add(file);
                    names.add(attachment.filename());
                });
            }
            return transactions.store(claim, staged, names, mailbox.ownerId());
        } finally {
            staged.forEach(ingest::discard);
        }
    }

    private Optional<StagedFile> stage(MailboxSettings mailbox, MailboxReader.Attachment attachment) {
        StagedFile file;
        try (InputStream content = attachment.open()) {
            file = ingest.stage(content);
        } catch (UploadTooLargeException e) {
            LOG.warning(() -> "IMAP " + mailbox.key() + ": attachment skipped, " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new MailboxException("cannot read an attachment: " + e.getMessage(), e);
        }
        Optional<DocumentType> type;
        try {
            type = ingest.acceptedType(file, attachment.filename());
        } catch (IOException e) {
            ingest.discard(file);
            throw new MailboxException("cannot read an attachment: " + e.getMessage(), e);
        }
        if (allowed(type)) {
            return Optional.of(file);
        }
        LOG.info(() -> "IMAP " + mailbox.key() + ": attachment not taken (" + file.headerHint() + ", filter "
                + options.attachmentFilter().value() + ")");
        ingest.discard(file);
        return Optional.empty();
    }

    /**
     * A type the server ingests (PDF, and Office, text and e-mail files converted to PDF); images only with
     * {@code IMAP_ATTACHMENT_FILTER=all}.
     */
    boolean allowed(Optional<DocumentType> type) {
        return type.isPresent()
                && (options.attachmentFilter() == ImapOptions.AttachmentFilter.ALL
                        || !type.get().mimeType().startsWith("image/"));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The transaction that stores a message's attachments and marks the message {@code STORED}. */
    @ApplicationScoped
    public static class MailTransactions {

        @Inject
        IngestService ingest;

        @Inject
        ProcessedMessages processed;

        @Transactional
        public List<Long> store(Claim claim, List<StagedFile> staged, List<String> names, String ownerId) {
            List<Long> fileIds = new ArrayList<>();
            for (int i = 0; i < staged.size(); i++) {
                IngestResult result = ingest.ingest(staged.get(i), names.get(i), ownerId);
                fileIds.add(result.fileId());
            }
            processed.markStored(claim, fileIds);
            return fileIds;
        }
    }
}
