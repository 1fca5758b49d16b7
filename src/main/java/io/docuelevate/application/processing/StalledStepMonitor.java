package io.docuelevate.application.processing;

import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.ProcessingStepRepository;
import io.docuelevate.domain.document.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Fails steps stuck {@code in_progress} longer than {@code STEP_TIMEOUT} while no worker holds a live
 * lease on the document (a step a live worker is still running is left alone), so nothing stays
 * "processing" forever.
 */
@ApplicationScoped
public class StalledStepMonitor {

    @Inject
    ProcessingStepRepository steps;

    @Inject
    ProcessingHistory history;

    @Inject
    ProcessingOptions settings;

    /** Returns how many steps were failed. */
    public int failStalledSteps() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ProcessingStep> stalled = steps.stalled(now.minus(settings.stepTimeout()), now);
        for (ProcessingStep step : stalled) {
            history.record(
                    step.getFileId(),
                    null,
                    step.getStepName(),
                    StepStatus.FAILURE,
                    "Step timed out: no progress for more than "
                            + settings.stepTimeout().toSeconds() + " s (STEP_TIMEOUT)");
        }
        return stalled.size();
    }
}
