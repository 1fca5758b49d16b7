package io.docuelevate.application.processing;

import io.docuelevate.domain.document.StepStatus;

/**
 * How a pipeline step ended. {@code rejected} means the document itself cannot go on (a permanent
 * failure: the pipeline stops and the work item is not retried).
 */
public record StepOutcome(StepStatus status, String message, boolean rejected) {

    public static StepOutcome success(String message) {
        return new StepOutcome(StepStatus.SUCCESS, message, false);
    }

    public static StepOutcome skipped(String message) {
        return new StepOutcome(StepStatus.SKIPPED, message, false);
    }

    public static StepOutcome rejected(String message) {
        return new StepOutcome(StepStatus.FAILURE, message, true);
    }
}
