package io.docuelevate.infrastructure.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts {@code document-pipeline} executions (job repository in the database) and waits for their end. */
@ApplicationScoped
public class PipelineJobs {

    public static final String JOB_NAME = "document-pipeline";
    static final String FILE_ID = "fileId";
    static final String TASK_ID = "taskId";

    /** How an execution ended: COMPLETED with exit status COMPLETED, REJECTED or GONE; or FAILED/STOPPED. */
    public record Ending(BatchStatus batchStatus, String exitStatus) {
        public boolean completed() {
            return batchStatus == BatchStatus.COMPLETED;
        }

        public boolean rejected() {
            return completed() && PipelineStepBatchlet.REJECTED.equals(exitStatus);
        }

        public boolean gone() {
            return completed() && PipelineStepBatchlet.GONE.equals(exitStatus);
        }
    }

    private static final Duration REPOSITORY_SETTLE = Duration.ofSeconds(10);
    /**
     * After the job listener's signal the runtime still writes the final status, usually within milliseconds; the
     * worker asks often, since it claims its next document only then.
     */
    private static final long REPOSITORY_POLL_MILLIS = 5;

    /** Signalled by {@link PipelineJobListener} when an execution's job-level listeners run. */
    private final Map<Long, CompletableFuture<Void>> signals = new ConcurrentHashMap<>();

    public long start(long fileId, String taskId) {
        Properties parameters = new Properties();
        parameters.setProperty(FILE_ID, Long.toString(fileId));
        parameters.setProperty(TASK_ID, taskId);
        return operator().start(JOB_NAME, parameters);
    }

    /**
     * Waits up to {@code slice} for the execution to end and returns its final state from the job
     * repository; empty when it is still running (the caller renews its lease and waits again).
     */
    public Optional<Ending> awaitEnd(long executionId, Duration slice) throws InterruptedException {
        CompletableFuture<Void> signal = signals.computeIfAbsent(executionId, id -> new CompletableFuture<>());
        boolean signalled;
        try {
            signal.get(slice.toMillis(), TimeUnit.MILLISECONDS);
            signalled = true;
        } catch (TimeoutException e) {
            signalled = false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        long settleUntil = System.nanoTime() + (signalled ? REPOSITORY_SETTLE.toNanos() : 0);
        do {
            JobExecution execution = operator().getJobExecution(executionId);
            if (isFinal(execution.getBatchStatus())) {
                signals.remove(executionId);
                return Optional.of(new Ending(execution.getBatchStatus(), execution.getExitStatus()));
            }
            if (signalled) {
                Thread.sleep(REPOSITORY_POLL_MILLIS);
            }
        } while (System.nanoTime() < settleUntil);
        return Optional.empty();
    }

    private static boolean isFinal(BatchStatus status) {
        return status == BatchStatus.COMPLETED
                || status == BatchStatus.FAILED
                || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }

    /** Asks a running execution to stop (its lease was lost to another worker). */
    public void stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (RuntimeException e) {
            signals.remove(executionId);
        }
    }

    void ended(long executionId) {
        signals.computeIfAbsent(executionId, id -> new CompletableFuture<>()).complete(null);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
