package io.docuelevate.application.processing;

import io.docuelevate.application.ingest.MessageAttachments;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.DocumentConverter;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.PipelineSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code convert_to_pdf}: an Office, text or e-mail file becomes a PDF in {@code tmp/convert-<id>.pdf}, which
 * the later steps read instead of the original (the original stays as uploaded). The PDF is written under a
 * temporary name and renamed when complete, so a crash never leaves half a PDF under the final name; a step
 * that finds it gone (a crash, the start-up sweep, a retry after completion) converts again.
 * {@code finalize_pipeline} removes it once the published PDF is committed. An e-mail's attachments of an
 * accepted type become documents of their own ({@link MessageAttachments}).
 */
@ApplicationScoped
public class PdfConversion {

    /** The converted PDF's name in {@code tmp/}: this prefix, the document id, {@code .pdf}. */
    public static final String WORKING_COPY_PREFIX = "convert-";

    @Inject
    DocumentConverter converter;

    @Inject
    DocumentFiles workdir;

    @Inject
    ProcessingHistory history;

    @Inject
    MessageAttachments attachments;

    /** Whether the pipeline works on a converted PDF for this document. */
    public static boolean converted(Document document) {
        return DocumentType.needsConversion(document.getMimeType());
    }

    /** The step itself: converts, and for an e-mail stores its attachments as documents. */
    public StepOutcome convert(Document document, DocumentPipeline.Run run) throws IOException {
        Optional<DocumentType> type = DocumentType.fromMimeType(document.getMimeType());
        if (type.isEmpty() || !type.get().needsConversion()) {
            return StepOutcome.skipped("Not needed for " + document.getMimeType());
        }
        long started = System.nanoTime();
        try {
            convertTo(workingCopy(run.fileId()), document, type.get());
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected("conversion to PDF failed: " + e.getMessage());
        }
        String message = "Converted " + type.get().extension().substring(1).toUpperCase(Locale.ROOT) + " to PDF in "
                + seconds(System.nanoTime() - started);
        if (type.get() == DocumentType.EML) {
            List<String> stored = attachments.store(document, original(document));
            message += stored.isEmpty() ? "; no attachments to store" : "; " + String.join("; ", stored);
        }
        return StepOutcome.success(message);
    }

    /**
     * The converted PDF of a document that needs one, converted again when it is gone; empty for PDFs and
     * images (the pipeline reads their original).
     */
    public Optional<Path> convertedPdf(Document document, DocumentPipeline.Run run)
            throws IOException, DocumentRejectedException {
        Optional<DocumentType> type = DocumentType.fromMimeType(document.getMimeType());
        if (type.isEmpty() || !type.get().needsConversion()) {
            return Optional.empty();
        }
        Path copy = workingCopy(run.fileId());
        if (!Files.isRegularFile(copy)) {
            history.note(
                    run.fileId(),
                    run.taskId(),
                    PipelineSteps.CONVERT_TO_PDF,
                    StepStatus.IN_PROGRESS,
                    "The converted PDF is gone; converting again");
            try {
                convertTo(copy, document, type.get());
            } catch (DocumentRejectedException e) {
                throw new DocumentRejectedException("conversion to PDF failed: " + e.getMessage(), e);
            }
        }
        return Optional.of(copy);
    }

    /** Removes the converted PDF (after the published PDF is committed). */
    public void removeWorkingCopy(long fileId) throws IOException {
        Files.deleteIfExists(workingCopy(fileId));
    }

    private void convertTo(Path target, Document document, DocumentType type)
            throws IOException, DocumentRejectedException {
        Path partial = Files.createTempFile(workdir.tmp(), WORKING_COPY_PREFIX + document.getId() + "-", ".part");
        try {
            converter.toPdf(original(document), type, partial);
            if (Files.size(partial) == 0) {
                throw new DocumentRejectedException("the converter produced an empty PDF");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The converted PDF's place, fixed by the document id. */
    public static Path workingCopy(DocumentFiles files, long fileId) {
        return files.tmp().resolve(WORKING_COPY_PREFIX + fileId + ".pdf");
    }

    private Path workingCopy(long fileId) {
        return workingCopy(workdir, fileId);
    }

    private Path original(Document document) throws IOException {
        Path path = workdir.resolve(document.getOriginalFilePath());
        if (!Files.isRegularFile(path)) {
            throw new IOException("original file missing: " + document.getOriginalFilePath());
        }
        return path;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
