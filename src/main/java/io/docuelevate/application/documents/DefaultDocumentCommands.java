package io.docuelevate.application.documents;

import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.PipelineSteps;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkQueue;
import io.docuelevate.infrastructure.config.ProcessingSettings;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/** {@link DocumentCommands} on the database queue: each command is one transaction, files handled after commit. */
@ApplicationScoped
public class DefaultDocumentCommands implements DocumentCommands {

    private static final Logger LOG = Logger.getLogger(DefaultDocumentCommands.class.getName());

    @Inject
    DocumentRepository documents;

    @Inject
    ProcessingHistory history;

    @Inject
    ProcessingSettings settings;

    @Inject
    Workdir workdir;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Inject
    FileRemoval fileRemoval;

    @Inject
    jakarta.enterprise.event.Event<io.docuelevate.domain.document.DocumentDeleted> deleted;

    @Override
    @Transactional
    public String reprocess(long fileId) {
        return requeue(fileId, PipelineSteps.ORDER.get(0));
    }

    @Override
    @Transactional
    public String retryStep(long fileId, String stepName) {
        if (PipelineSteps.from(stepName).isEmpty()) {
            throw new OperationRefusedException(OperationRefusedException.Reason.INVALID,
                    "Invalid subtask '" + stepName + "': use one of " + String.join(", ", PipelineSteps.ORDER));
        }
        return requeue(fileId, stepName);
    }

    private String requeue(long fileId, String fromStep) {
        Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
        if (document.isDuplicate()) {
            throw new OperationRefusedException(OperationRefusedException.Reason.INVALID,
                    "File " + fileId + " is a duplicate record without its own file; reprocess the original "
                            + document.getDuplicateOfId());
        }
        if (document.getOriginalFilePath() == null
                || !Files.isRegularFile(Filenames.resolveInside(workdir.root(), document.getOriginalFilePath()))) {
            throw new OperationRefusedException(OperationRefusedException.Reason.INVALID,
                    "The original file of " + fileId + " is missing on disk; it cannot be reprocessed");
        }
        Long active = entityManager.createQuery("SELECT COUNT(w) FROM WorkItem w WHERE w.fileId = :id AND w.state IN"
                        + " (io.docuelevate.domain.queue.WorkItemState.QUEUED, io.docuelevate.domain.queue.WorkItemState.RUNNING)", Long.class)
                .setParameter("id", fileId).getSingleResult();
        if (active > 0) {
            throw new OperationRefusedException(OperationRefusedException.Reason.CONFLICT,
                    "File " + fileId + " is already queued or being processed");
        }
        history.planSteps(fileId, PipelineSteps.from(fromStep));
        String taskId = UUID.randomUUID().toString();
        history.recordWithin(fileId, taskId, fromStep, StepStatus.PENDING,
                fromStep.equals(PipelineSteps.ORDER.get(0)) ? "Reprocessing requested" : "Retry from " + fromStep + " requested");
        entityManager.persist(new WorkItem(WorkQueue.DOCUMENT_QUEUE, WorkQueue.PROCESS_DOCUMENT, fileId, taskId, null,
                settings.maxAttempts()));
        return taskId;
    }

    @Inject
    io.docuelevate.application.processing.DocumentPipeline pipeline;

    @Inject
    io.docuelevate.application.processing.DocumentUpdates updates;

    @Override
    public String correctMetadata(long fileId, io.docuelevate.domain.metadata.DocumentMetadata metadata) {
        Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
        Path source = null;
        if (document.getProcessedFilePath() != null) {
            source = Filenames.resolveInside(workdir.root(), document.getProcessedFilePath());
        } else if ("application/pdf".equals(document.getMimeType()) && document.getOriginalFilePath() != null) {
            source = Filenames.resolveInside(workdir.root(), document.getOriginalFilePath());
        }
        if (source == null || !Files.isRegularFile(source)) {
            throw new OperationRefusedException(OperationRefusedException.Reason.INVALID,
                    "File " + fileId + " has no PDF to enrich yet; wait until processing has finished");
        }
        String title = metadata.title() == null || metadata.title().isBlank() ? document.getDocumentTitle() : metadata.title();
        updates.saveMetadata(fileId, metadata, title,
                metadata.language() == null || metadata.language().isBlank() ? null : metadata.language());
        try {
            Path copy = Files.createTempFile(workdir.tmp(), "metadata-" + fileId + "-", ".pdf");
            try {
                Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Path published = pipeline.publish(documents.find(fileId).orElseThrow(), metadata, copy);
                history.record(fileId, null, io.docuelevate.domain.processing.PipelineSteps.EMBED_METADATA, StepStatus.SUCCESS,
                        "Metadata corrected by the owner; saved as processed/" + published.getFileName());
                corrected.fire(new io.docuelevate.domain.document.DocumentChanged(fileId));
                return workdir.root().relativize(published).toString();
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the corrected PDF: " + e.getMessage(), e);
        }
    }

    @Inject
    jakarta.enterprise.event.Event<io.docuelevate.domain.document.DocumentChanged> corrected;

    @Override
    public void delete(long fileId) {
        if (!settings.allowFileDelete()) {
            throw new OperationRefusedException(OperationRefusedException.Reason.DISABLED,
                    "File deletion is disabled (ALLOW_FILE_DELETE=false)");
        }
        List<Path> files = fileRemoval.removeRecord(fileId);
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "document " + fileId + " deleted but its file " + file + " could not be removed: " + e.getMessage());
            }
        }
        deleted.fire(new io.docuelevate.domain.document.DocumentDeleted(fileId));
    }

    /** The database part of a delete, committed before any file is touched. */
    @ApplicationScoped
    public static class FileRemoval {

        @Inject
        DocumentRepository documents;

        @Inject
        Workdir workdir;

        @PersistenceContext(unitName = "docuelevate")
        EntityManager entityManager;

        /** Removes the row (steps and work items cascade) and returns the files to delete afterwards. */
        @Transactional
        public List<Path> removeRecord(long fileId) {
            Document document = documents.find(fileId).orElseThrow(() -> new DocumentNotFoundException(fileId));
            if (document.isLegalHold()) {
                throw new OperationRefusedException(OperationRefusedException.Reason.CONFLICT,
                        "File " + fileId + " is under legal hold and cannot be deleted");
            }
            List<Path> files = new ArrayList<>();
            boolean sharedOriginal = document.isDuplicate() || document.getOriginalFilePath() == null;
            if (!sharedOriginal) {
                files.add(Filenames.resolveInside(workdir.root(), document.getOriginalFilePath()));
            }
            if (document.getProcessedFilePath() != null) {
                Path processed = Filenames.resolveInside(workdir.root(), document.getProcessedFilePath());
                files.add(processed);
                files.add(io.docuelevate.infrastructure.pdf.ProcessedFiles.sidecarOf(processed));
            }
            entityManager.createQuery("DELETE FROM WorkItem w WHERE w.fileId = :id").setParameter("id", fileId).executeUpdate();
            entityManager.createQuery("DELETE FROM ProcessingStep s WHERE s.fileId = :id").setParameter("id", fileId).executeUpdate();
            entityManager.createQuery("UPDATE ProcessingLogEntry l SET l.fileId = NULL WHERE l.fileId = :id")
                    .setParameter("id", fileId).executeUpdate();
            entityManager.createQuery("UPDATE Document d SET d.duplicateOfId = NULL WHERE d.duplicateOfId = :id")
                    .setParameter("id", fileId).executeUpdate();
            documents.remove(document);
            return files;
        }
    }
}
