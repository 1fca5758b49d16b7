package io.docuelevate.application.delivery;

import io.docuelevate.application.processing.FinishedDocuments;
import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.domain.delivery.DeliveryRepository;
import io.docuelevate.domain.delivery.DocumentDelivery;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemRepository;
import io.docuelevate.domain.queue.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers processed documents: queues one {@code upload_to_<name>} work item per destination when the pipeline
 * finishes (and on demand), and runs one such item: the upload, its step history, its {@code document_deliveries}
 * row. Transient failures (connection, time-out, 429/5xx) are retried with the work queue's back-off up to
 * {@code DELIVERY_MAX_ATTEMPTS}; others fail the step at once with the reason. Each destination is retried alone
 * ({@code retry-subtask?subtask_name=upload_to_s3}). A destination never overwrites: a name clash gets a suffix.
 */
@ApplicationScoped
public class DocumentDeliveries implements FinishedDocuments {

    /** The work item task type of one upload; its payload is the destination key. */
    public static final String UPLOAD_TASK = "upload_to_destination";

    static final String ALL_DESTINATIONS_STEP = "send_to_all_destinations";
    static final String USER_DESTINATIONS_STEP = "send_to_user_destinations";

    private static final Logger LOG = Logger.getLogger(DocumentDeliveries.class.getName());

    @Inject
    Destinations destinations;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    WorkItemRepository workItems;

    @Inject
    ProcessingHistory history;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentFiles workdir;

    @Inject
    DeliveryOptions options;

    /** How a delivery attempt ended, for the worker to settle its work item. */
    public enum Outcome {
        DELIVERED,
        RETRY,
        FAILED,
        /** A newer request for the same destination replaced this item, or the document is gone: nothing done. */
        OBSOLETE
    }

    /**
     * Queues the document's deliveries at the end of pipeline run {@code pipelineTaskId}; a re-run of the same run
     * (after a crash) queues nothing twice. Records {@code send_to_all_destinations} (or
     * {@code send_to_user_destinations}) with the count. Returns the queued step names.
     */
    @Override
    @Transactional
    public List<String> queueDeliveries(Document document, String pipelineTaskId) {
        List<Destination> targets = destinations.forOwner(document.getOwnerId());
        if (targets.isEmpty()) {
            return List.of();
        }
        List<String> queued = new ArrayList<>();
        for (Destination target : targets) {
            Optional<DocumentDelivery> existing = deliveries.find(document.getId(), target.key());
            if (existing.isPresent() && pipelineTaskId.equals(existing.get().getQueuedByTask())) {
                continue;
            }
            queue(document.getId(), target, pipelineTaskId, existing);
            queued.add(target.stepName());
        }
        String step = destinations.ownerHasOwnDestinations(document.getOwnerId())
                ? USER_DESTINATIONS_STEP
                : ALL_DESTINATIONS_STEP;
        history.recordWithin(
                document.getId(), pipelineTaskId, step, StepStatus.SUCCESS, "Queued " + targets.size() + " uploads");
        return queued;
    }

    /**
     * Queues one destination again for a document already processed (retry of its step, {@code send_to_<name>}).
     *
     * @return the new task id
     * @throws IllegalArgumentException the document has no processed PDF, or no such destination exists for it
     */
    @Transactional
    public String queueOne(long fileId, String stepName) {
        Document document = documents.find(fileId).orElseThrow(() -> new IllegalArgumentException("File not found"));
        requireProcessed(document);
        String key = Destination.keyOfStep(stepName)
                .orElseThrow(() -> new IllegalArgumentException("not a destination step: " + stepName));
        Destination target = destinations
                .byKey(document.getOwnerId(), key)
                .orElseThrow(() -> new IllegalArgumentException("Invalid subtask '" + stepName
                        + "': no such destination is configured for this document; destination steps: "
                        + String.join(", ", stepNames(document))));
        return queue(fileId, target, null, deliveries.find(fileId, key));
    }

    /** Queues every destination of a processed document again; returns the task ids. */
    @Transactional
    public List<String> queueAllAgain(long fileId) {
        Document document = documents.find(fileId).orElseThrow(() -> new IllegalArgumentException("File not found"));
        requireProcessed(document);
        List<String> tasks = new ArrayList<>();
        for (Destination target : destinations.forOwner(document.getOwnerId())) {
            tasks.add(queue(fileId, target, null, deliveries.find(fileId, target.key())));
        }
        return tasks;
    }

    /**
     * The document whose published PDF a client names the reference's way ({@code file_path}: an absolute path
     * under {@code WORKDIR/processed}, {@code processed/<name>} or just the name): only its file name counts.
     */
    public Optional<Long> documentOfProcessedFile(String filePath) {
        String name = Path.of(filePath.strip()).getFileName().toString();
        return documents
                .findByProcessedPath(workdir.relativize(workdir.processed().resolve(name)))
                .map(Document::getId);
    }

    /** The names of the destinations configured through the environment. */
    public List<String> configuredNames() {
        return destinations.configured().stream().map(Destination::key).toList();
    }

    /** The destination step names a document of this owner can be delivered through. */
    public List<String> stepNames(Document document) {
        return destinations.forOwner(document.getOwnerId()).stream()
                .map(Destination::stepName)
                .toList();
    }

    /** The document's deliveries, as recorded. */
    public List<DocumentDelivery> of(long fileId) {
        return deliveries.forDocument(fileId);
    }

    /**
     * Runs one upload of a claimed work item. {@code retryDelay} is the wait before the next attempt, used when a
     * transient failure leaves attempts.
     */
    public Outcome deliver(WorkQueue.Claim claim, Duration retryDelay) {
        long fileId = claim.fileId();
        String key = claim.payload();
        Optional<Document> document = documents.find(fileId);
        Optional<DocumentDelivery> found = deliveries.find(fileId, key);
        if (document.isEmpty()
                || found.isEmpty()
                || !claim.taskId().equals(found.get().getTaskId())) {
            return Outcome.OBSOLETE;
        }
        DocumentDelivery delivery = found.get();
        String step = delivery.getStepName();
        Optional<Destination> target = Optional.empty();
        String refusal = null;
        try {
            target = destinations.byKey(document.get().getOwnerId(), key);
        } catch (IllegalArgumentException e) {
            refusal = e.getMessage();
        }
        if (target.isEmpty()) {
            return fail(
                    delivery, claim, refusal != null ? refusal : "the destination " + key + " is no longer configured");
        }
        Optional<Path> pdf = processedPdf(document.get());
        if (pdf.isEmpty()) {
            return fail(delivery, claim, "the document has no processed PDF to deliver");
        }
        delivery.started();
        deliveries.save(delivery);
        history.record(
                fileId,
                claim.taskId(),
                step,
                StepStatus.IN_PROGRESS,
                "Uploading to " + target.get().label() + " (attempt " + claim.attempt() + " of " + claim.maxAttempts()
                        + ")");
        try {
            String name = target.get().store().put(DeliveryFacts.of(document.get(), pdf.get()));
            delivery.delivered(name);
            deliveries.save(delivery);
            history.record(
                    fileId,
                    claim.taskId(),
                    step,
                    StepStatus.SUCCESS,
                    "Uploaded to " + target.get().label() + " as " + name);
            return Outcome.DELIVERED;
        } catch (RemoteStoreException e) {
            if (e.isTransient() && claim.attempt() < claim.maxAttempts()) {
                delivery.failed(e.getMessage(), true);
                deliveries.save(delivery);
                history.record(
                        fileId,
                        claim.taskId(),
                        step,
                        StepStatus.PENDING,
                        "Attempt " + claim.attempt() + " of " + claim.maxAttempts() + " failed (" + e.getMessage()
                                + "); retrying in " + retryDelay.toSeconds() + " s");
                return Outcome.RETRY;
            }
            return fail(delivery, claim, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warning(() -> "upload " + step + " of document " + fileId + " failed: " + e);
            return fail(delivery, claim, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Outcome fail(DocumentDelivery delivery, WorkQueue.Claim claim, String reason) {
        delivery.failed(reason, false);
        deliveries.save(delivery);
        history.record(claim.fileId(), claim.taskId(), delivery.getStepName(), StepStatus.FAILURE, reason);
        return Outcome.FAILED;
    }

    private String queue(long fileId, Destination target, String pipelineTaskId, Optional<DocumentDelivery> existing) {
        String taskId = UUID.randomUUID().toString();
        DocumentDelivery delivery =
                existing.orElseGet(() -> new DocumentDelivery(fileId, target.key(), target.stepName()));
        delivery.queue(pipelineTaskId, taskId);
        deliveries.save(delivery);
        history.recordWithin(fileId, taskId, target.stepName(), StepStatus.PENDING, "Queued for " + target.label());
        workItems.add(new WorkItem(
                WorkQueue.DOCUMENT_QUEUE, UPLOAD_TASK, fileId, taskId, target.key(), options.maxAttempts()));
        return taskId;
    }

    private void requireProcessed(Document document) {
        if (processedPdf(document).isEmpty()) {
            throw new IllegalArgumentException(
                    "File " + document.getId() + " has no processed PDF yet; it is delivered when processing ends");
        }
    }

    private Optional<Path> processedPdf(Document document) {
        if (document.getProcessedFilePath() == null) {
            return Optional.empty();
        }
        Path pdf = workdir.resolve(document.getProcessedFilePath());
        return Files.isRegularFile(pdf) ? Optional.of(pdf) : Optional.empty();
    }
}
