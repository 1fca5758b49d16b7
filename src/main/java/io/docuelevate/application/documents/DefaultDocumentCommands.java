package io.docuelevate.application.documents;

import io.docuelevate.application.delivery.DocumentDeliveries;
import io.docuelevate.application.processing.DocumentPipeline;
import io.docuelevate.application.processing.DocumentUpdates;
import io.docuelevate.application.processing.PipelineQueue;
import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.application.processing.ProcessingOptions;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentChanged;
import io.docuelevate.domain.document.DocumentDeleted;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.processing.PipelineSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** {@link DocumentCommands} on the database queue: each command is one transaction, files handled after commit. */
@ApplicationScoped
public class DefaultDocumentCommands implements DocumentCommands {

    private static final Logger LOG = Logger.getLogger(DefaultDocumentCommands.class.getName());

    @Inject
    DocumentDeliveries deliveries;

    @Inject
    DocumentRepository documents;

    @Inject
    ProcessingHistory history;

    @Inject
    PipelineQueue queue;

    @Inject
    ProcessingOptions settings;

    @Inject
    DocumentFiles workdir;

    @Inject
    FileRemoval fileRemoval;

    @Inject
    DocumentPipeline pipeline;

    @Inject
    DocumentUpdates updates;

    @Inject
    Event<DocumentDeleted> deleted;

    @Inject
    Event<DocumentChanged> corrected;

    @Override
    @Transactional
    public String reprocess(long fileId) {
        return requeue(fileId, PipelineSteps.ORDER.get(0));
    }

    @Override
    @Transactional
    public String retryStep(long fileId, String stepName) {
        if (stepName.startsWith("upload_to_")) {
            try {
                return deliveries.queueOne(fileId, stepName);
            } catch (IllegalArgumentException e) {
                throw new OperationRefusedException(OperationRefusedException.Reason.INVALID, e.getMessage());
            }
        }
        if (PipelineSteps.from(stepName).isEmpty()) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.INVALID,
                    "Invalid subtask '" + stepName + "': use one of " + String.join(", ", PipelineSteps.ORDER)
                            + " or a destination's upload_to_<name>");
        }
        return requeue(fileId, stepName);
    }

    private String requeue(long fileId, String fromStep) {
        Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
        if (document.isDuplicate()) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.INVALID,
                    "File " + fileId + " is a duplicate record without its own file; reprocess the original "
                            + document.getDuplicateOfId());
        }
        if (document.getOriginalFilePath() == null
                || !Files.isRegularFile(workdir.resolve(document.getOriginalFilePath()))) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.INVALID,
                    "The original file of " + fileId + " is missing on disk; it cannot be reprocessed");
        }
        if (queue.isActive(fileId)) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.CONFLICT,
                    "File " + fileId + " is already queued or being processed");
        }
        List<String> planned = PipelineSteps.planned(fromStep, DocumentType.needsConversion(document.getMimeType()));
        history.planSteps(fileId, planned);
        String taskId = queue.newTaskId();
        history.recordWithin(
                fileId,
                taskId,
                planned.get(0),
                StepStatus.PENDING,
                fromStep.equals(PipelineSteps.ORDER.get(0))
                        ? "Reprocessing requested"
                        : "Retry from " + fromStep + " requested");
        queue.enqueue(fileId, taskId);
        return taskId;
    }

    @Override
    public String correctMetadata(long fileId, DocumentMetadata metadata) {
        Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
        Path source = null;
        if (document.getProcessedFilePath() != null) {
            source = workdir.resolve(document.getProcessedFilePath());
        } else if ("application/pdf".equals(document.getMimeType()) && document.getOriginalFilePath() != null) {
            source = workdir.resolve(document.getOriginalFilePath());
        }
        if (source == null || !Files.isRegularFile(source)) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.INVALID,
                    "File " + fileId + " has no PDF to enrich yet; wait until processing has finished");
        }
        String title =
                metadata.title() == null || metadata.title().isBlank() ? document.getDocumentTitle() : metadata.title();
        updates.saveMetadata(
                fileId,
                metadata,
                title,
                metadata.language() == null || metadata.language().isBlank() ? null : metadata.language());
        try {
            Path copy = Files.createTempFile(workdir.tmp(), "metadata-" + fileId + "-", ".pdf");
            try {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                Path published = pipeline.publish(documents.find(fileId).orElseThrow(), metadata, copy);
                history.record(
                        fileId,
                        null,
                        PipelineSteps.EMBED_METADATA,
                        StepStatus.SUCCESS,
                        "Metadata corrected by the owner; saved as processed/" + published.getFileName());
                corrected.fire(new DocumentChanged(fileId));
                return workdir.relativize(published);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the corrected PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(long fileId) {
        if (!settings.allowFileDelete()) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.DISABLED, "File deletion is disabled (ALLOW_FILE_DELETE=false)");
        }
        List<Path> files = fileRemoval.removeRecord(fileId);
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "document " + fileId + " deleted but its file " + file + " could not be removed: "
                        + e.getMessage());
            }
        }
        deleted.fire(new DocumentDeleted(fileId));
    }

    /** The database part of a delete, committed before any file is touched. */
    @ApplicationScoped
    public static class FileRemoval {

        @Inject
        DocumentRepository documents;

        @Inject
        DocumentFiles workdir;

        @Inject
        PipelineQueue queue;

        @Inject
        ProcessingHistory history;

        /** Removes the row (steps and work items cascade) and returns the files to delete afterwards. */
        @Transactional
        public List<Path> removeRecord(long fileId) {
            Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
            if (document.isLegalHold()) {
                throw new OperationRefusedException(
                        OperationRefusedException.Reason.CONFLICT,
                        "File " + fileId + " is under legal hold and cannot be deleted");
            }
            List<Path> files = new ArrayList<>();
            boolean sharedOriginal = document.isDuplicate() || document.getOriginalFilePath() == null;
            if (!sharedOriginal) {
                files.add(workdir.resolve(document.getOriginalFilePath()));
            }
            if (document.getProcessedFilePath() != null) {
                Path processed = workdir.resolve(document.getProcessedFilePath());
                files.add(processed);
                files.add(workdir.sidecarOf(processed));
            }
            queue.removeOfDocument(fileId);
            history.forgetDocument(fileId);
            documents.clearDuplicateReferences(fileId);
            documents.remove(document);
            return files;
        }
    }
}
