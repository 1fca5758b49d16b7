package io.docuelevate.application.processing;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.OcrEngine;
import io.docuelevate.domain.processing.OcrResult;
import io.docuelevate.domain.processing.PdfInspection;
import io.docuelevate.domain.processing.PdfTextReader;
import io.docuelevate.domain.processing.PipelineSteps;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What each pipeline step does to a document (reference spec §2.3–2.4). The batch job calls one
 * method per step; a step that decides a later one is not needed marks it {@code skipped}, so every
 * step's state is in the database and a re-run after a crash continues where it stopped.
 */
@ApplicationScoped
public class DocumentPipeline {

    @Inject
    PdfTextReader pdfReader;

    @Inject
    OcrEngine ocrEngine;

    @Inject
    Workdir workdir;

    @Inject
    ProcessingHistory history;

    @Inject
    DocumentUpdates updates;

    @Inject
    @ConfigProperty(name = "TESSERACT_LANGUAGE", defaultValue = "eng+deu")
    String tesseractLanguage;

    /** The step context: which document, under which task id. */
    public record Run(long fileId, String taskId) {
    }

    public StepOutcome checkText(Document document, Run run) throws IOException {
        if (!isPdf(document)) {
            history.record(run.fileId(), run.taskId(), PipelineSteps.EXTRACT_TEXT, StepStatus.SKIPPED, "Not a PDF");
            return StepOutcome.skipped("Not a PDF (" + document.getMimeType() + "); OCR reads it");
        }
        try {
            PdfInspection inspection = pdfReader.inspect(original(document));
            updates.savePageCount(run.fileId(), inspection.pageCount());
            if (inspection.hasUsableText()) {
                return StepOutcome.success("Embedded text found (" + pages(inspection.pageCount()) + ")");
            }
            history.record(run.fileId(), run.taskId(), PipelineSteps.EXTRACT_TEXT, StepStatus.SKIPPED, "No embedded text");
            return StepOutcome.success("No embedded text (" + pages(inspection.pageCount()) + "); OCR needed");
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    public StepOutcome extractText(Document document, Run run) throws IOException {
        try {
            String text = pdfReader.extractText(original(document));
            updates.saveText(run.fileId(), text);
            history.record(run.fileId(), run.taskId(), PipelineSteps.PROCESS_WITH_OCR, StepStatus.SKIPPED,
                    "Embedded text layer is usable; OCR not needed");
            return StepOutcome.success("Extracted " + text.length() + " characters");
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    public StepOutcome recognize(Document document, Run run) throws IOException {
        Path target = processedTarget(document);
        try {
            OcrResult result = ocrEngine.recognize(original(document), document.getMimeType(), tesseractLanguage, target,
                    (done, total) -> {
                        if (done == total || done % Math.max(1, total / 20) == 0) {
                            history.note(run.fileId(), run.taskId(), PipelineSteps.PROCESS_WITH_OCR, StepStatus.IN_PROGRESS,
                                    "OCR page " + done + " of " + total);
                        }
                    });
            updates.saveOcr(run.fileId(), result.text(), result.pages(), workdir.root().relativize(target).toString());
            return StepOutcome.success("OCR read " + pages(result.pages()) + ", " + result.text().length() + " characters");
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    public StepOutcome finish(Document document, Run run) {
        return StepOutcome.success("Processing complete");
    }

    private static boolean isPdf(Document document) {
        return DocumentType.fromMimeType(document.getMimeType()).map(DocumentType::isPdf).orElse(false);
    }

    private Path original(Document document) throws IOException {
        Path path = Filenames.resolveInside(workdir.root(), document.getOriginalFilePath());
        if (!Files.isRegularFile(path)) {
            throw new IOException("original file missing: " + document.getOriginalFilePath());
        }
        return path;
    }

    /** The searchable PDF's place: kept from an earlier run (idempotent), else a new unique name. */
    private Path processedTarget(Document document) throws IOException {
        if (document.getProcessedFilePath() != null) {
            return Filenames.resolveInside(workdir.root(), document.getProcessedFilePath());
        }
        String stem = Filenames.sanitize(Filenames.stem(document.getOriginalFilename() == null ? "" : document.getOriginalFilename()));
        Path folder = workdir.processed();
        Files.createDirectories(folder);
        Path candidate = folder.resolve(stem + ".pdf");
        for (int i = 1; Files.exists(candidate) && i <= 9999; i++) {
            candidate = folder.resolve(String.format("%s-%04d.pdf", stem, i));
        }
        if (Files.exists(candidate)) {
            candidate = folder.resolve(stem + "-" + document.getId() + ".pdf");
        }
        updates.saveProcessedPath(document.getId(), workdir.root().relativize(candidate).toString());
        return candidate;
    }

    private static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }
}
