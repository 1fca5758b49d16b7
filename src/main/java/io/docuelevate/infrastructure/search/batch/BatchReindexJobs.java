package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.ReindexJobs;
import io.docuelevate.application.search.SearchIndexing;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link ReindexJobs} on Jakarta Batch (job repository in the database). This server remembers the
 * execution it started, so a second request while it runs answers that execution instead of starting
 * another; executions left "started" by a crashed server are never mistaken for running ones.
 */
@ApplicationScoped
public class BatchReindexJobs implements ReindexJobs {

    public static final String JOB_NAME = "reindex";
    static final String TOTAL = "total";
    static final String CLEAR = "clear";
    static final String INDEX_STEP = "index";
    static final String PRUNE_STEP = "prune";

    @Inject
    SearchIndexing indexing;

    private Long current;

    @Override
    public synchronized Reindex start(boolean clearFirst) {
        Optional<Reindex> running = running();
        if (running.isPresent()) {
            Reindex r = running.get();
            return new Reindex(
                    r.executionId(),
                    r.status(),
                    true,
                    r.total(),
                    r.read(),
                    r.written(),
                    r.filtered(),
                    r.pruned(),
                    r.exitStatus(),
                    r.startedAt(),
                    r.endedAt());
        }
        Properties parameters = new Properties();
        parameters.setProperty(TOTAL, Long.toString(indexing.indexableCount()));
        parameters.setProperty(CLEAR, Boolean.toString(clearFirst));
        long executionId = operator().start(JOB_NAME, parameters);
        current = executionId;
        return find(executionId)
                .orElseThrow(() -> new IllegalStateException(
                        "reindex execution " + executionId + " is not in the job repository"));
    }

    @Override
    public Optional<Reindex> find(long executionId) {
        JobExecution execution;
        List<StepExecution> steps;
        try {
            execution = operator().getJobExecution(executionId);
            steps = operator().getStepExecutions(executionId);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        if (execution == null || !JOB_NAME.equals(execution.getJobName())) {
            return Optional.empty();
        }
        Properties parameters = execution.getJobParameters();
        long total = parameters == null ? 0 : Long.parseLong(parameters.getProperty(TOTAL, "0"));
        long read = 0;
        long written = 0;
        long filtered = 0;
        Integer pruned = null;
        for (StepExecution step : steps == null ? List.<StepExecution>of() : steps) {
            if (INDEX_STEP.equals(step.getStepName()) && step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    switch (metric.getType()) {
                        case READ_COUNT -> read = metric.getValue();
                        case WRITE_COUNT -> written = metric.getValue();
                        case FILTER_COUNT -> filtered = metric.getValue();
                        default -> {}
                    }
                }
            } else if (PRUNE_STEP.equals(step.getStepName()) && step.getPersistentUserData() instanceof Integer count) {
                pruned = count;
            }
        }
        BatchStatus status = execution.getBatchStatus();
        return Optional.of(new Reindex(
                executionId,
                status.name().toLowerCase(Locale.ROOT),
                false,
                total,
                read,
                written,
                filtered,
                pruned,
                execution.getExitStatus(),
                instant(execution.getStartTime()),
                isFinal(status) ? instant(execution.getEndTime()) : null));
    }

    @Override
    public synchronized Optional<Reindex> running() {
        if (current == null) {
            return Optional.empty();
        }
        Optional<Reindex> execution = find(current);
        if (execution.isEmpty() || execution.get().finished()) {
            return Optional.empty();
        }
        return execution;
    }

    private static boolean isFinal(BatchStatus status) {
        return status == BatchStatus.COMPLETED
                || status == BatchStatus.FAILED
                || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
