package io.docuelevate.application.processing;

import io.docuelevate.application.search.SearchIndexing;
import io.docuelevate.application.system.PipelineMetrics;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.MetadataExtractionException;
import io.docuelevate.domain.metadata.MetadataExtractor;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.OcrEngine;
import io.docuelevate.domain.processing.OcrResult;
import io.docuelevate.domain.processing.PdfInspection;
import io.docuelevate.domain.processing.PdfPublisher;
import io.docuelevate.domain.processing.PdfTextReader;
import io.docuelevate.domain.processing.PipelineSteps;
import io.docuelevate.domain.search.SearchEngineException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What each pipeline step does to a document (reference spec §2.3–2.4). The batch job calls one
 * method per step; a step that decides a later one is not needed marks it {@code skipped}, so every
 * step's state is in the database and a re-run after a crash continues where it stopped.
 */
@ApplicationScoped
public class DocumentPipeline {

    /** The OCR output's name in {@code tmp/}: this prefix, the document id, {@code .pdf}. */
    public static final String OCR_WORKING_COPY_PREFIX = "ocr-";

    private static final Logger LOG = Logger.getLogger(DocumentPipeline.class.getName());

    @Inject
    FinishedDocuments finished;

    @Inject
    PdfTextReader pdfReader;

    @Inject
    OcrEngine ocrEngine;

    @Inject
    DocumentFiles workdir;

    @Inject
    ProcessingHistory history;

    @Inject
    DocumentUpdates updates;

    @Inject
    MetadataExtractor metadataExtractor;

    @Inject
    PdfPublisher processedFiles;

    @Inject
    PipelineMetrics metrics;

    @Inject
    SearchIndexing searchIndexing;

    @Inject
    StepPauses pauses;

    @Inject
    PdfConversion conversion;

    /** The step context: which document, under which task id. */
    public record Run(long fileId, String taskId) {}

    /** {@code convert_to_pdf}: see {@link PdfConversion}. */
    public StepOutcome convertToPdf(Document document, Run run) throws IOException {
        return conversion.convert(document, run);
    }

    public StepOutcome checkText(Document document, Run run) throws IOException {
        if (!isPdf(document) && !PdfConversion.converted(document)) {
            history.record(run.fileId(), run.taskId(), PipelineSteps.EXTRACT_TEXT, StepStatus.SKIPPED, "Not a PDF");
            return StepOutcome.skipped("Not a PDF (" + document.getMimeType() + "); OCR reads it");
        }
        try {
            PdfInspection inspection = pdfReader.inspect(pdfSource(document, run));
            updates.saveInspection(run.fileId(), inspection.pageCount(), inspection.damage());
            String repair = repairWarning(inspection);
            if (inspection.hasUsableText() || convertedWithText(document, run)) {
                return StepOutcome.success("Embedded text found (" + pages(inspection.pageCount()) + ")" + repair);
            }
            history.record(
                    run.fileId(), run.taskId(), PipelineSteps.EXTRACT_TEXT, StepStatus.SKIPPED, "No embedded text");
            return StepOutcome.success("No embedded text (" + pages(inspection.pageCount()) + "); OCR needed" + repair);
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    /**
     * A PDF LibreOffice made carries the document's own text, however short (a one-line slide): any text at all
     * is the real text, and OCR is for converted documents that are pictures only.
     */
    private boolean convertedWithText(Document document, Run run) throws IOException, DocumentRejectedException {
        return PdfConversion.converted(document)
                && !pdfReader.extractText(pdfSource(document, run)).isBlank();
    }

    /**
     * The words {@code check_text} adds for a PDF that could only be read by repairing it, also logged at
     * WARNING (the original stays as uploaded; later steps read the repaired structure); empty for a sound file.
     */
    private static String repairWarning(PdfInspection inspection) {
        if (!inspection.repaired()) {
            return "";
        }
        LOG.warning(() -> "the PDF is damaged and was repaired to be read: " + inspection.damage());
        return "; warning: the PDF is damaged and was repaired (" + inspection.damage()
                + "), so text or pages may be missing";
    }

    public StepOutcome extractText(Document document, Run run) throws IOException {
        try {
            String text = pdfReader.extractText(pdfSource(document, run));
            updates.saveText(run.fileId(), text);
            history.record(
                    run.fileId(),
                    run.taskId(),
                    PipelineSteps.PROCESS_WITH_OCR,
                    StepStatus.SKIPPED,
                    "Embedded text layer is usable; OCR not needed");
            return StepOutcome.success("Extracted " + text.length() + " characters");
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    public StepOutcome recognize(Document document, Run run) throws IOException {
        Path target = ocrWorkingCopy(run.fileId());
        long started = System.nanoTime();
        try {
            Optional<Path> converted = conversion.convertedPdf(document, run);
            Path source = converted.isPresent() ? converted.get() : original(document);
            String mimeType = converted.isPresent() ? DocumentType.PDF.mimeType() : document.getMimeType();
            OcrResult result = ocrEngine.recognize(source, mimeType, null, target, (done, total) -> {
                if (done == total || done % Math.max(1, total / 20) == 0) {
                    history.note(
                            run.fileId(),
                            run.taskId(),
                            PipelineSteps.PROCESS_WITH_OCR,
                            StepStatus.IN_PROGRESS,
                            "OCR page " + done + " of " + total);
                }
            });
            updates.saveOcr(run.fileId(), result.text(), result.pages());
            metrics.ocrPages(result.pages(), Duration.ofNanos(System.nanoTime() - started));
            return StepOutcome.success(
                    "OCR read " + pages(result.pages()) + ", " + result.text().length() + " characters");
        } catch (DocumentRejectedException e) {
            return StepOutcome.rejected(e.getMessage());
        }
    }

    /**
     * {@code index_document}: makes the document searchable. Best effort, as in the reference: an
     * unavailable engine does not fail the document; the step is skipped with the reason and the periodic
     * search sync ({@code SEARCH_SYNC_INTERVAL}) adds the document once the engine answers again.
     */
    public StepOutcome indexDocument(Run run) {
        try {
            SearchIndexing.IndexOutcome outcome = searchIndexing.indexDocument(run.fileId());
            return outcome.indexed() ? StepOutcome.success(outcome.message()) : StepOutcome.skipped(outcome.message());
        } catch (SearchEngineException e) {
            return StepOutcome.skipped("Not indexed now, the search engine is unavailable (" + e.getMessage()
                    + "); the search sync adds it later");
        }
    }

    /**
     * {@code finalize_pipeline}: removes the OCR output now that the published PDF is committed (a crash
     * before this leaves it for the re-run, never a document without its source), and queues one upload per
     * destination of the document's owner.
     */
    public StepOutcome finish(Document document, Run run) throws IOException {
        Files.deleteIfExists(ocrWorkingCopy(run.fileId()));
        conversion.removeWorkingCopy(run.fileId());
        Document current = updates.current(run.fileId()).orElse(document);
        if (current.getProcessedFilePath() == null) {
            return StepOutcome.success("Processing complete");
        }
        List<String> uploads = finished.queueDeliveries(current, run.taskId());
        return StepOutcome.success(
                uploads.isEmpty()
                        ? "Processing complete"
                        : "Processing complete; uploads queued: " + String.join(", ", uploads));
    }

    private static boolean isPdf(Document document) {
        return DocumentType.fromMimeType(document.getMimeType())
                .map(DocumentType::isPdf)
                .orElse(false);
    }

    /** The PDF the text steps read: the converted PDF of an Office, text or e-mail file, else the original. */
    private Path pdfSource(Document document, Run run) throws IOException, DocumentRejectedException {
        Optional<Path> converted = conversion.convertedPdf(document, run);
        return converted.isPresent() ? converted.get() : original(document);
    }

    private Path original(Document document) throws IOException {
        Path path = workdir.resolve(document.getOriginalFilePath());
        if (!Files.isRegularFile(path)) {
            throw new IOException("original file missing: " + document.getOriginalFilePath());
        }
        return path;
    }

    /**
     * The OCR step's searchable PDF, kept in {@code tmp/} under a name fixed by the document id (a re-run
     * after a crash overwrites it) until the pipeline has committed the PDF published from it.
     */
    public static Path ocrWorkingCopy(DocumentFiles files, long fileId) {
        return files.tmp().resolve(OCR_WORKING_COPY_PREFIX + fileId + ".pdf");
    }

    private Path ocrWorkingCopy(long fileId) {
        return ocrWorkingCopy(workdir, fileId);
    }

    /** {@code extract_metadata_with_gpt}: the 13-field metadata from the text (AI when configured, else offline rules). */
    public StepOutcome extractMetadata(Document document, Run run) {
        String text = document.getOcrText() == null ? "" : document.getOcrText();
        try {
            DocumentMetadata metadata = metadataExtractor.extract(text, document.getOriginalFilename());
            String title = firstNonBlank(metadata.title(), metadata.filename(), document.getOriginalFilename());
            updates.saveMetadata(run.fileId(), metadata, title, blankToNull(metadata.language()));
            String fallback = metadata.extraction().fallbackReason() == null
                    ? ""
                    : "; AI not used: " + metadata.extraction().fallbackReason();
            return StepOutcome.success("Metadata extracted by "
                    + metadata.extraction().engine() + " (confidence " + metadata.confidenceScore() + ")" + fallback);
        } catch (MetadataExtractionException e) {
            return StepOutcome.rejected("metadata extraction failed: " + e.getMessage());
        }
    }

    /**
     * {@code embed_metadata_into_pdf}: writes the metadata into the PDF (Info dictionary and XMP) and
     * publishes it as {@code processed/<YYYY-MM-DD_Title>.pdf} with its {@code .json} sidecar. The source
     * is the OCR output, else the document's processed PDF from an earlier run (a crash after publishing, a
     * retry, a metadata change), else the original PDF (which is only read, never changed). A document
     * whose text came from OCR is never published from its original: when the OCR output is gone, OCR runs
     * again. The OCR output is removed by {@code finalize_pipeline}, after this step's success is committed.
     */
    public StepOutcome embedMetadata(Document document, Run run) throws IOException {
        if (document.getAiMetadata() == null) {
            return StepOutcome.skipped("No metadata to embed");
        }
        Path ocrOutput = ocrWorkingCopy(run.fileId());
        Path source;
        if (Files.isRegularFile(ocrOutput)) {
            source = ocrOutput;
        } else if (processedFile(document).isPresent()) {
            source = processedFile(document).get();
        } else if (ocrRan(run.fileId())) {
            StepOutcome again = recognizeAgain(document, run);
            if (again.rejected()) {
                return again;
            }
            source = ocrOutput;
        } else if (isPdf(document) || PdfConversion.converted(document)) {
            try {
                source = pdfSource(document, run);
            } catch (DocumentRejectedException e) {
                return StepOutcome.rejected(e.getMessage());
            }
        } else {
            return StepOutcome.rejected("no PDF to enrich: OCR produced none for this " + document.getMimeType());
        }
        Path published = publish(document, document.getAiMetadata(), source);
        pauses.reached(StepPauses.EMBED_COMMITTED, run.fileId());
        return StepOutcome.success("Saved as processed/" + published.getFileName());
    }

    private Optional<Path> processedFile(Document document) {
        if (document.getProcessedFilePath() == null) {
            return Optional.empty();
        }
        Path path = workdir.resolve(document.getProcessedFilePath());
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private boolean ocrRan(long fileId) {
        return history.statusOf(fileId, PipelineSteps.PROCESS_WITH_OCR).orElse(null) == StepStatus.SUCCESS;
    }

    /** The step before lost its output (crash, clean-up, retry after completion): OCR makes it again. */
    private StepOutcome recognizeAgain(Document document, Run run) throws IOException {
        history.note(
                run.fileId(),
                run.taskId(),
                PipelineSteps.PROCESS_WITH_OCR,
                StepStatus.IN_PROGRESS,
                "The searchable PDF of process_with_ocr is gone; OCR runs again for embed_metadata_into_pdf");
        StepOutcome again = recognize(document, run);
        history.note(run.fileId(), run.taskId(), PipelineSteps.PROCESS_WITH_OCR, again.status(), again.message());
        return again;
    }

    /**
     * Publishes {@code source} enriched with {@code metadata}; an earlier processed file of the document
     * is reused when the name stays, and removed (with its sidecar) when the name changes, after the new
     * path is committed.
     */
    public Path publish(Document document, DocumentMetadata metadata, Path source) throws IOException {
        Path current =
                document.getProcessedFilePath() == null ? null : workdir.resolve(document.getProcessedFilePath());
        PdfPublisher.Published published = processedFiles.publish(
                source,
                metadata,
                document.getOriginalFilePath(),
                Filenames.stem(document.getOriginalFilename() == null ? "" : document.getOriginalFilename()),
                current);
        pauses.reached(StepPauses.EMBED_WRITTEN, document.getId());
        updates.saveProcessedPath(document.getId(), published.relativePdf());
        if (current != null && !current.equals(published.pdf())) {
            Files.deleteIfExists(current);
            Files.deleteIfExists(workdir.sidecarOf(current));
        }
        return published.pdf();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }
}
