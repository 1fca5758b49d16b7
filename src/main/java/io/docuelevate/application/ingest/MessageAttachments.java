package io.docuelevate.application.ingest;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.mail.MailMessage;
import io.docuelevate.domain.mail.MailMessages;
import io.docuelevate.domain.processing.DocumentRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The attachments of an uploaded e-mail: each of an accepted type becomes a document of its own, owned like
 * the e-mail and named {@code "<e-mail name> - <attachment name>"}, ingested like an upload (type by content,
 * duplicates, its own pipeline run). Storing them again after a crash finds the documents already there (same
 * owner, bytes and name) and adds none.
 */
@ApplicationScoped
public class MessageAttachments {

    /** Between the e-mail's name and the attachment's in the attachment document's name. */
    public static final String NAME_SEPARATOR = " - ";

    private static final Logger LOG = Logger.getLogger(MessageAttachments.class.getName());

    @Inject
    MailMessages mail;

    @Inject
    IngestService ingest;

    @Inject
    DocumentRepository documents;

    /** Stores the attachments of {@code email} (its original at {@code eml}); one line per attachment saying what became of it. */
    public List<String> store(Document email, Path eml) {
        List<String> outcomes = new ArrayList<>();
        try (MailMessage message = mail.read(eml)) {
            for (MailMessage.Attachment attachment : message.attachments()) {
                outcomes.add(store(email, attachment));
            }
        } catch (DocumentRejectedException e) {
            outcomes.add("attachments not read: " + e.getMessage());
        }
        return outcomes;
    }

    private String store(Document email, MailMessage.Attachment attachment) {
        String name = email.getOriginalFilename() + NAME_SEPARATOR + Filenames.uploadName(attachment.filename());
        IngestService.StagedFile staged;
        try (InputStream content = attachment.open()) {
            staged = ingest.stage(content);
        } catch (IOException | UncheckedIOException | UploadInterruptedException e) {
            LOG.warning(() -> "attachment " + attachment.filename() + " of document " + email.getId()
                    + " cannot be read: " + e.getMessage());
            return "attachment '" + attachment.filename() + "' cannot be read: " + e.getMessage();
        } catch (UploadTooLargeException e) {
            return "attachment '" + attachment.filename() + "' skipped: " + e.getMessage();
        }
        name = Filenames.uploadName(name);
        Optional<Document> earlier = documents.findOriginalByHash(email.getOwnerId(), staged.sha256());
        if (earlier.isPresent() && name.equals(earlier.get().getOriginalFilename())) {
            ingest.discard(staged);
            return "attachment '" + attachment.filename() + "' is document "
                    + earlier.get().getId();
        }
        try {
            IngestResult result = ingest.ingest(staged, name, email.getOwnerId());
            return result.duplicate()
                    ? "attachment '" + attachment.filename() + "' duplicates document " + result.fileId()
                    : "attachment '" + attachment.filename() + "' stored as document " + result.fileId();
        } catch (UnsupportedDocumentException e) {
            return "attachment '" + attachment.filename() + "' skipped: not an accepted type";
        }
    }
}
