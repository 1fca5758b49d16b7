package io.docuelevate.infrastructure.batch;

import io.docuelevate.application.processing.DocumentPipeline;
import io.docuelevate.application.processing.DocumentUpdates;
import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.application.processing.StepOutcome;
import io.docuelevate.application.system.PipelineMetrics;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.PipelineSteps;
import io.docuelevate.infrastructure.logging.PipelineLogContext;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * One step of {@code document-pipeline}: records {@code in_progress}, runs the step through
 * {@link DocumentPipeline}, records the outcome. Steps already finished are not run again, so a job
 * restarted after a crash or for a retry continues where the document stands. An unexpected error is
 * recorded as the step's failure and rethrown, failing the job so the worker can retry it later.
 */
@Named("pipelineStepBatchlet")
@Dependent
public class PipelineStepBatchlet extends AbstractBatchlet {

    static final String CONTINUE = "CONTINUE";
    static final String REJECTED = "REJECTED";
    static final String GONE = "GONE";

    private static final Logger LOG = Logger.getLogger(PipelineStepBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "step")
    String step;

    @Inject
    DocumentPipeline pipeline;

    @Inject
    ProcessingHistory history;

    @Inject
    DocumentUpdates documents;

    @Inject
    PipelineMetrics metrics;

    @Override
    public String process() throws Exception {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId());
        long fileId = Long.parseLong(parameters.getProperty(PipelineJobs.FILE_ID));
        String taskId = parameters.getProperty(PipelineJobs.TASK_ID);
        return PipelineLogContext.call(fileId, taskId, () -> runStep(fileId, taskId));
    }

    /** The step itself, with the document id and task id on every log line it writes. */
    private String runStep(long fileId, String taskId) throws Exception {
        Optional<StepStatus> current = history.statusOf(fileId, step);
        if (current.isPresent() && (current.get() == StepStatus.SUCCESS || current.get() == StepStatus.SKIPPED)) {
            return CONTINUE;
        }
        if (current.isEmpty() && PipelineSteps.CONVERT_TO_PDF.equals(step)) {
            return CONTINUE; // planned only for Office, text and e-mail files
        }
        Optional<Document> document = documents.current(fileId);
        if (document.isEmpty()) {
            LOG.info(() -> "document " + fileId + " was deleted; task " + taskId + " ends");
            return GONE;
        }
        history.record(fileId, taskId, step, StepStatus.IN_PROGRESS, "Started");
        DocumentPipeline.Run run = new DocumentPipeline.Run(fileId, taskId);
        long started = System.nanoTime();
        String mimeType = document.get().getMimeType();
        try {
            StepOutcome outcome = switch (step) {
                case PipelineSteps.CONVERT_TO_PDF -> pipeline.convertToPdf(document.get(), run);
                case PipelineSteps.CHECK_TEXT -> pipeline.checkText(document.get(), run);
                case PipelineSteps.EXTRACT_TEXT -> pipeline.extractText(document.get(), run);
                case PipelineSteps.PROCESS_WITH_OCR -> pipeline.recognize(document.get(), run);
                case PipelineSteps.EXTRACT_METADATA -> pipeline.extractMetadata(document.get(), run);
                case PipelineSteps.EMBED_METADATA -> pipeline.embedMetadata(document.get(), run);
                case PipelineSteps.INDEX_DOCUMENT -> pipeline.indexDocument(run);
                case PipelineSteps.FINALIZE_PIPELINE -> pipeline.finish(document.get(), run);
                default -> throw new IllegalStateException("unknown pipeline step " + step);
            };
            history.record(fileId, taskId, step, outcome.status(), outcome.message());
            metrics.stepFinished(step, Duration.ofNanos(System.nanoTime() - started));
            LOG.info(() -> "step " + step + " " + outcome.status().value() + ": " + outcome.message());
            if (outcome.rejected()) {
                metrics.documentFailed(mimeType, step);
            } else if (PipelineSteps.FINALIZE_PIPELINE.equals(step)) {
                metrics.documentProcessed(mimeType);
            }
            return outcome.rejected() ? REJECTED : CONTINUE;
        } catch (Exception e) {
            metrics.stepFinished(step, Duration.ofNanos(System.nanoTime() - started));
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warning(() -> "step " + step + " failed: " + reason);
            history.record(
                    fileId,
                    taskId,
                    step,
                    StepStatus.FAILURE,
                    reason,
                    e.getClass().getName() + ": " + reason);
            throw e;
        }
    }
}
