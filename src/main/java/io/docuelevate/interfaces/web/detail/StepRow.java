package io.docuelevate.interfaces.web.detail;

import io.docuelevate.application.documents.DocumentQueries.StepState;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.PipelineSteps;

/**
 * One entry of the processing timeline as the page shows it: the step's name and its words, its status,
 * when it started (ISO for {@code <time datetime>} and formatted), how long it took, its error, and whether
 * the owner may retry it (a failed step of the pipeline's own order, or a failed upload to a destination).
 */
public record StepRow(
        String name,
        String label,
        String status,
        String statusLabel,
        String startedIso,
        String started,
        String duration,
        String error,
        boolean retryable) {

    static StepRow of(StepState step, DetailFormat format) {
        StepStatus status = step.status();
        return new StepRow(
                step.stepName(),
                format.text("step." + step.stepName(), step.stepName()),
                status.value(),
                format.text("step.status." + status.value(), status.value()),
                step.startedAt() == null ? "" : step.startedAt().toString(),
                format.dateTime(step.startedAt()),
                format.duration(step.startedAt(), step.completedAt()),
                step.errorMessage() == null ? "" : step.errorMessage(),
                status == StepStatus.FAILURE
                        && (PipelineSteps.ORDER.contains(step.stepName())
                                || step.stepName().startsWith("upload_to_")));
    }
}
