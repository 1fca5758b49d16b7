package io.docuelevate.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentStatusTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);

    private final List<ProcessingStep> steps = new ArrayList<>();
    private int clock;

    private void step(String name, StepStatus status) {
        ProcessingStep step = new ProcessingStep(1L, name);
        step.transition(status, status == StepStatus.FAILURE ? "boom" : null, T0.plusSeconds(clock++));
        steps.add(step);
    }

    private DocumentStatus derived() {
        return DocumentStatus.derive(false, steps);
    }

    @Test
    void noStepsIsPending() {
        DocumentStatus.Summary summary = DocumentStatus.summarize(false, steps);
        assertEquals(DocumentStatus.PENDING, summary.status());
        assertNull(summary.lastStep());
        assertFalse(summary.hasErrors());
        assertEquals(0, summary.totalSteps());
        assertEquals(DocumentStatus.Summary.NOT_STARTED, summary);
    }

    @Test
    void allStepsSucceededThroughTheTerminalStepIsCompleted() {
        for (String name : List.of(
                "create_file_record",
                "check_text",
                "extract_text",
                "extract_metadata_with_gpt",
                "embed_metadata_into_pdf",
                "finalize_document_storage",
                "send_to_all_destinations")) {
            step(name, StepStatus.SUCCESS);
        }
        DocumentStatus.Summary summary = DocumentStatus.summarize(false, steps);
        assertEquals(DocumentStatus.COMPLETED, summary.status());
        assertFalse(summary.hasErrors());
        assertEquals(7, summary.totalSteps());
        assertEquals("send_to_all_destinations", summary.lastStep());
    }

    @Test
    void anyStepInProgressIsProcessing() {
        step("create_file_record", StepStatus.SUCCESS);
        step("check_text", StepStatus.IN_PROGRESS);
        step("extract_text", StepStatus.PENDING);
        assertEquals(DocumentStatus.PROCESSING, derived());
    }

    @Test
    void anyFailureIsFailedAndWinsOverInProgress() {
        step("create_file_record", StepStatus.SUCCESS);
        step("extract_text", StepStatus.FAILURE);
        step("process_with_ocr", StepStatus.IN_PROGRESS);
        DocumentStatus.Summary summary = DocumentStatus.summarize(false, steps);
        assertEquals(DocumentStatus.FAILED, summary.status());
        assertTrue(summary.hasErrors());
    }

    @Test
    void duplicateFlagWinsOverEverything() {
        step("extract_text", StepStatus.FAILURE);
        DocumentStatus.Summary summary = DocumentStatus.summarize(true, steps);
        assertEquals(DocumentStatus.DUPLICATE, summary.status());
        assertEquals("check_for_duplicates", summary.lastStep());
        assertFalse(summary.hasErrors());
        assertEquals(0, summary.totalSteps());
    }

    @Test
    void terminalSuccessWithPendingIntermediatesIsCompleted() {
        step("create_file_record", StepStatus.SUCCESS);
        step("extract_metadata_with_gpt", StepStatus.PENDING);
        step("embed_metadata_into_pdf", StepStatus.PENDING);
        step("send_to_all_destinations", StepStatus.SUCCESS);
        assertEquals(DocumentStatus.COMPLETED, derived());
    }

    @ParameterizedTest
    @ValueSource(strings = {"send_to_all_destinations", "send_to_user_destinations", "finalize_pipeline"})
    void everyTerminalStepCompletesTheDocument(String terminal) {
        step("check_text", StepStatus.SUCCESS);
        step(terminal, StepStatus.SUCCESS);
        assertEquals(DocumentStatus.COMPLETED, derived());
        assertTrue(DocumentStatus.TERMINAL_STEPS.contains(terminal));
        assertTrue(DocumentStatus.isCounted(terminal), "a terminal step is a counted step");
    }

    @Test
    void aSkippedTerminalStepAlsoCompletes() {
        step("extract_text", StepStatus.SUCCESS);
        step("send_to_all_destinations", StepStatus.SKIPPED);
        assertEquals(DocumentStatus.COMPLETED, derived());
    }

    @Test
    void aPendingOrRunningTerminalStepDoesNotComplete() {
        step("extract_text", StepStatus.SUCCESS);
        step("finalize_pipeline", StepStatus.PENDING);
        assertEquals(DocumentStatus.PENDING, derived());
        steps.clear();
        step("extract_text", StepStatus.SUCCESS);
        step("finalize_pipeline", StepStatus.IN_PROGRESS);
        assertEquals(DocumentStatus.PROCESSING, derived());
    }

    @Test
    void recordedStepsAllSucceededButNoTerminalStepYetIsStillPending() {
        step("check_text", StepStatus.SUCCESS);
        step("extract_text", StepStatus.SUCCESS);
        step("process_with_ocr", StepStatus.SKIPPED);
        assertEquals(DocumentStatus.PENDING, derived(), "between two steps the pipeline is not done");
    }

    @Test
    void aDestinationUploadFailingAfterTheTerminalStepTurnsTheDocumentFailed() {
        step("send_to_all_destinations", StepStatus.SUCCESS);
        step("queue_dropbox", StepStatus.SUCCESS);
        step("upload_to_dropbox", StepStatus.FAILURE);
        assertEquals(DocumentStatus.FAILED, derived());
    }

    @Test
    void anUploadStillRunningAfterTheTerminalStepIsProcessing() {
        step("send_to_user_destinations", StepStatus.SUCCESS);
        step("upload_to_user_integration_7", StepStatus.IN_PROGRESS);
        assertEquals(DocumentStatus.PROCESSING, derived());
    }

    @Test
    void diagnosticSubStepsAreIgnored() {
        step("check_text", StepStatus.SUCCESS);
        step("call_ai_provider", StepStatus.FAILURE);
        step("modify_pdf", StepStatus.IN_PROGRESS);
        step("finalize_pipeline", StepStatus.SUCCESS);
        step("poll_task", StepStatus.FAILURE);
        DocumentStatus.Summary summary = DocumentStatus.summarize(false, steps);
        assertEquals(DocumentStatus.COMPLETED, summary.status());
        assertFalse(summary.hasErrors());
        assertEquals(2, summary.totalSteps(), "only counted steps are counted");
        assertEquals("finalize_pipeline", summary.lastStep(), "the last counted step, not the later sub-step");
    }

    @Test
    void onlyDiagnosticStepsIsPendingAndShowsTheLatestOfThemAsLastStep() {
        step("save_original", StepStatus.SUCCESS);
        step("call_gotenberg", StepStatus.FAILURE);
        DocumentStatus.Summary summary = DocumentStatus.summarize(false, steps);
        assertEquals(DocumentStatus.PENDING, summary.status());
        assertFalse(summary.hasErrors());
        assertEquals(0, summary.totalSteps());
        assertEquals("call_gotenberg", summary.lastStep());
    }

    @Test
    void lastStepIsTheMostRecentlyUpdatedNotTheLastInserted() {
        step("check_text", StepStatus.SUCCESS);
        step("extract_text", StepStatus.SUCCESS);
        steps.get(0).transition(StepStatus.IN_PROGRESS, null, T0.plusSeconds(100));
        assertEquals("check_text", DocumentStatus.summarize(false, steps).lastStep());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "create_file_record",
                "check_for_duplicates",
                "check_text",
                "extract_text",
                "process_with_ocr",
                "process_with_azure_document_intelligence",
                "extract_metadata_with_gpt",
                "embed_metadata_into_pdf",
                "finalize_document_storage",
                "compute_embedding",
                "queue_s3",
                "upload_to_webdav",
                "upload_to_user_integration_12",
                "convert_to_pdf",
                "index_document"
            })
    void countedSteps(String name) {
        assertTrue(DocumentStatus.isCounted(name), name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "call_ai_provider",
                "parse_metadata",
                "modify_pdf",
                "move_to_processed",
                "save_metadata_json",
                "run_ocr_providers",
                "compare_ocr_quality",
                "check_text_quality",
                "apply_rotation",
                "copy_file",
                "save_original",
                "call_gotenberg",
                "detect_file_type",
                "poll_task",
                "set_custom_fields",
                "route_pipeline",
                "embed_text_layer",
                "metadata_input_sampling",
                "process_document",
                ""
            })
    void diagnosticSteps(String name) {
        assertFalse(DocumentStatus.isCounted(name), name);
    }

    @Test
    void nullStepNameIsNotCounted() {
        assertFalse(DocumentStatus.isCounted(null));
    }

    @Test
    void apiValuesRoundTrip() {
        for (DocumentStatus status : DocumentStatus.values()) {
            assertEquals(Optional.of(status), DocumentStatus.fromValue(status.value()));
        }
        assertEquals(Optional.of(DocumentStatus.COMPLETED), DocumentStatus.fromValue(" Completed "));
        assertEquals(Optional.empty(), DocumentStatus.fromValue("done"));
        assertEquals(Optional.empty(), DocumentStatus.fromValue(null));
        assertEquals("processing", DocumentStatus.PROCESSING.value());
    }
}
