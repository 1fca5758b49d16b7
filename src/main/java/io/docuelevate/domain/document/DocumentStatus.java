package io.docuelevate.domain.document;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Overall state of a document as clients see it. It is never stored: it is derived from the document's
 * step rows by the reference rules (spec §1.2, §9 item 22), in this order:
 * <ol>
 * <li>{@code duplicate} when the row only records a duplicate upload;</li>
 * <li>{@code failed} when any counted step failed (also a destination upload after the terminal step);</li>
 * <li>{@code processing} when any counted step is in progress;</li>
 * <li>{@code completed} when a terminal step succeeded (or was skipped), even if intermediate steps stay pending;</li>
 * <li>{@code pending} otherwise.</li>
 * </ol>
 * Only "counted" steps take part; diagnostic sub-steps ({@code call_ai_provider}, {@code modify_pdf}...) are
 * logged but ignored. Unlike the reference, "every recorded step succeeded" alone is not completion: our
 * pipeline records steps as it reaches them, so between two steps everything recorded so far has succeeded.
 * The terminal step is the only end signal. The same rules exist as SQL in the persistence adapter, so list
 * filters and counts agree with this method.
 */
public enum DocumentStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED,
    DUPLICATE;

    /**
     * Steps whose success means the document went through the whole pipeline: the reference's
     * {@code send_to_all_destinations} (alias {@code send_to_user_destinations}) and our
     * {@code finalize_pipeline}, recorded last while no destinations exist.
     */
    public static final Set<String> TERMINAL_STEPS =
            Set.of("send_to_all_destinations", "send_to_user_destinations", "finalize_pipeline");

    /** Named steps that decide the status (the reference's default plan, plus our pipeline's own steps). */
    public static final Set<String> COUNTED_STEPS = Set.of(
            "create_file_record",
            "check_for_duplicates",
            "convert_to_pdf",
            "check_text",
            "extract_text",
            "process_with_ocr",
            "process_with_azure_document_intelligence",
            "extract_metadata_with_gpt",
            "embed_metadata_into_pdf",
            "index_document",
            "finalize_document_storage",
            "compute_embedding",
            "send_to_all_destinations",
            "send_to_user_destinations",
            "finalize_pipeline");

    /** Step name prefixes that are counted too: per-destination queue and upload steps. */
    public static final List<String> COUNTED_STEP_PREFIXES = List.of("queue_", "upload_to_");

    /** The {@code last_step} of a duplicate row, as the reference reports it. */
    public static final String DUPLICATE_LAST_STEP = "check_for_duplicates";

    /** Lower-case name used in the API and in query parameters. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named by an API value ({@code "completed"}...), if there is one. */
    public static Optional<DocumentStatus> fromValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DocumentStatus status : values()) {
            if (status.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether a step takes part in the status (as opposed to a diagnostic sub-step). */
    public static boolean isCounted(String stepName) {
        if (stepName == null) {
            return false;
        }
        return COUNTED_STEPS.contains(stepName)
                || COUNTED_STEP_PREFIXES.stream().anyMatch(stepName::startsWith);
    }

    /** The overall status of a document from its duplicate flag and its step rows. */
    public static DocumentStatus derive(boolean isDuplicate, Collection<ProcessingStep> steps) {
        return summarize(isDuplicate, steps).status();
    }

    /**
     * The status with the facts shown next to it ({@code processing_status}): the most recently updated
     * counted step (any step while none is counted yet), whether a counted step failed, and how many
     * counted steps there are. A duplicate row reports {@code check_for_duplicates} and no steps.
     */
    public static Summary summarize(boolean isDuplicate, Collection<ProcessingStep> steps) {
        if (isDuplicate) {
            return new Summary(DUPLICATE, DUPLICATE_LAST_STEP, false, 0);
        }
        List<ProcessingStep> counted =
                steps.stream().filter(step -> isCounted(step.getStepName())).toList();
        boolean failed = counted.stream().anyMatch(step -> step.getStatus() == StepStatus.FAILURE);
        boolean running = counted.stream().anyMatch(step -> step.getStatus() == StepStatus.IN_PROGRESS);
        boolean finished = counted.stream()
                .anyMatch(step -> TERMINAL_STEPS.contains(step.getStepName())
                        && (step.getStatus() == StepStatus.SUCCESS || step.getStatus() == StepStatus.SKIPPED));
        DocumentStatus status = failed ? FAILED : running ? PROCESSING : finished ? COMPLETED : PENDING;
        ProcessingStep last = latest(counted.isEmpty() ? steps : counted);
        return new Summary(status, last == null ? null : last.getStepName(), failed, counted.size());
    }

    /** The most recently updated step; on equal times the one met later wins (rows come in id order). */
    private static ProcessingStep latest(Collection<ProcessingStep> steps) {
        ProcessingStep latest = null;
        for (ProcessingStep step : steps) {
            if (latest == null || !updated(step).isBefore(updated(latest))) {
                latest = step;
            }
        }
        return latest;
    }

    private static OffsetDateTime updated(ProcessingStep step) {
        return step.getUpdatedAt() != null ? step.getUpdatedAt() : step.getCreatedAt();
    }

    /** A derived status with its {@code last_step}, {@code has_errors} and {@code total_steps}. */
    public record Summary(DocumentStatus status, String lastStep, boolean hasErrors, int totalSteps) {

        /** What a document without any step row shows. */
        public static final Summary NOT_STARTED = new Summary(PENDING, null, false, 0);
    }
}
