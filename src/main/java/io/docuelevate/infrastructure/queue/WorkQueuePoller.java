package io.docuelevate.infrastructure.queue;

import io.docuelevate.application.delivery.DocumentDeliveries;
import io.docuelevate.application.processing.DocumentUpdates;
import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.application.processing.StalledStepMonitor;
import io.docuelevate.application.system.MaintenanceState;
import io.docuelevate.application.system.PipelineMetrics;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkQueue;
import io.docuelevate.infrastructure.batch.PipelineJobs;
import io.docuelevate.infrastructure.cluster.LocalHost;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.ProcessingSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The worker side of a replica ({@code DOCUELEVATE_ROLE} {@code all} or {@code worker}): polls the
 * durable queue, claims up to {@code WORKER_CONCURRENCY} items with a lease, runs one
 * {@code document-pipeline} job per item while renewing the lease, and settles the item: done,
 * retried later with backoff (transient failure), or failed (rejected document, attempts used up).
 */
@ApplicationScoped
public class WorkQueuePoller {

    private static final Logger LOG = Logger.getLogger(WorkQueuePoller.class.getName());

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "concurrent/workerExecutor")
    ManagedExecutorService workers;

    @Inject
    WorkQueue queue;

    @Inject
    PipelineJobs jobs;

    @Inject
    ProcessingHistory history;

    @Inject
    ProcessingSettings settings;

    @Inject
    CoreSettings coreSettings;

    @Inject
    StartupState startup;

    @Inject
    StalledStepMonitor stalledSteps;

    @Inject
    MaintenanceState maintenance;

    @Inject
    DocumentUpdates documents;

    @Inject
    PipelineMetrics metrics;

    @Inject
    DocumentDeliveries deliveries;

    private final AtomicInteger running = new AtomicInteger();
    private final String owner = workerName();
    private volatile ScheduledFuture<?> polling;
    private volatile ScheduledFuture<?> monitoring;
    private volatile boolean stopped;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup event) {
        if (!startup.isStarted() || coreSettings.role() == CoreSettings.Role.API) {
            return;
        }
        long interval = settings.pollInterval().toMillis();
        polling = scheduler.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
        monitoring = scheduler.scheduleWithFixedDelay(this::failStalledSteps, 60, 60, TimeUnit.SECONDS);
        LOG.info(() -> "Worker " + owner + " polls " + settings.workerQueues() + " with concurrency "
                + settings.workerConcurrency());
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (polling != null) {
            polling.cancel(false);
        }
        if (monitoring != null) {
            monitoring.cancel(false);
        }
    }

    /** Items this replica is working on now. */
    public int activeItems() {
        return running.get();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "work queue poll failed: " + e.getMessage());
        }
    }

    private void failStalledSteps() {
        try {
            int failed = stalledSteps.failStalledSteps();
            if (failed > 0) {
                LOG.warning(() -> failed + " stalled steps failed (STEP_TIMEOUT)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "stalled step check failed: " + e.getMessage());
        }
    }

    /**
     * Claims as many items as there are free workers. Runs on the schedule and, so that a busy queue does not
     * wait for the next tick, on a worker thread right after it finished an item; synchronized so the two
     * never claim more than the free slots between them.
     */
    private synchronized void poll() {
        if (maintenance.restoreInProgress()) {
            return;
        }
        int free = settings.workerConcurrency() - running.get();
        if (free <= 0) {
            return;
        }
        List<WorkQueue.Claim> claims = queue.claim(settings.workerQueues(), owner, settings.lease(), free);
        for (WorkQueue.Claim claim : claims) {
            running.incrementAndGet();
            try {
                workers.execute(() -> {
                    try {
                        process(claim);
                    } finally {
                        running.decrementAndGet();
                    }
                    if (!stopped) {
                        pollSafely();
                    }
                });
            } catch (RuntimeException e) {
                running.decrementAndGet();
                queue.retryLater(claim, Instant.now(), "worker busy: " + e.getMessage());
            }
        }
    }

    private void process(WorkQueue.Claim claim) {
        if (DocumentDeliveries.UPLOAD_TASK.equals(claim.taskType()) && claim.fileId() != null) {
            upload(claim);
            return;
        }
        if (!WorkQueue.PROCESS_DOCUMENT.equals(claim.taskType()) || claim.fileId() == null) {
            queue.fail(claim, "unknown task type " + claim.taskType());
            return;
        }
        try {
            long execution = jobs.start(claim.fileId(), claim.taskId());
            Duration slice = settings.lease().dividedBy(3);
            Optional<PipelineJobs.Ending> ending = jobs.awaitEnd(execution, slice);
            while (ending.isEmpty()) {
                if (!queue.renew(claim, settings.lease())) {
                    LOG.warning(() -> "lease of task " + claim.taskId() + " was lost; stopping its pipeline");
                    jobs.stop(execution);
                    return;
                }
                ending = jobs.awaitEnd(execution, slice);
            }
            settle(claim, ending.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "task " + claim.taskId() + " could not run: " + e.getMessage(), e);
            retryOrFail(claim, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** One destination upload: no batch job, the delivery service records its own step and history. */
    private void upload(WorkQueue.Claim claim) {
        Duration delay = settings.retryPolicy().delayBeforeRetry(claim.attempt());
        try {
            switch (deliveries.deliver(claim, delay)) {
                case DELIVERED, OBSOLETE -> queue.succeed(claim);
                case RETRY -> queue.retryLater(claim, Instant.now().plus(delay), "upload failed; retrying");
                case FAILED -> queue.fail(claim, "upload failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "upload task " + claim.taskId() + " could not run: " + e.getMessage(), e);
            if (claim.attempt() < claim.maxAttempts()) {
                queue.retryLater(claim, Instant.now().plus(delay), String.valueOf(e.getMessage()));
            } else {
                queue.fail(claim, String.valueOf(e.getMessage()));
            }
        }
    }

    private void settle(WorkQueue.Claim claim, PipelineJobs.Ending ending) {
        if (ending.gone()) {
            queue.fail(claim, "document deleted");
        } else if (ending.rejected()) {
            queue.fail(
                    claim,
                    failedStep(claim.fileId())
                            .map(ProcessingStep::getErrorMessage)
                            .orElse("document rejected"));
        } else if (ending.completed()) {
            queue.succeed(claim);
        } else {
            retryOrFail(
                    claim,
                    failedStep(claim.fileId())
                            .map(s -> s.getStepName() + ": " + s.getErrorMessage())
                            .orElse("pipeline " + ending.batchStatus()));
        }
    }

    private void retryOrFail(WorkQueue.Claim claim, String error) {
        Optional<ProcessingStep> failed = failedStep(claim.fileId());
        if (claim.attempt() < claim.maxAttempts()) {
            Duration delay = settings.retryPolicy().delayBeforeRetry(claim.attempt());
            failed.ifPresent(step -> history.record(
                    claim.fileId(),
                    claim.taskId(),
                    step.getStepName(),
                    StepStatus.PENDING,
                    "Attempt " + claim.attempt() + " of " + claim.maxAttempts() + " failed (" + error
                            + "); retrying in " + delay.toSeconds() + " s"));
            queue.retryLater(claim, Instant.now().plus(delay), error);
        } else {
            failed.ifPresent(step -> history.note(
                    claim.fileId(),
                    claim.taskId(),
                    step.getStepName(),
                    StepStatus.FAILURE,
                    "Gave up after " + claim.maxAttempts() + " attempts: " + error));
            queue.fail(claim, error);
            metrics.documentFailed(
                    mimeTypeOf(claim.fileId()),
                    failed.map(ProcessingStep::getStepName).orElse("unknown"));
        }
    }

    private String mimeTypeOf(long fileId) {
        return documents.current(fileId).map(Document::getMimeType).orElse("unknown");
    }

    private Optional<ProcessingStep> failedStep(long fileId) {
        return history.steps(fileId).stream()
                .filter(s -> s.getStatus() == StepStatus.FAILURE)
                .findFirst();
    }

    private static String workerName() {
        return LocalHost.name() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
