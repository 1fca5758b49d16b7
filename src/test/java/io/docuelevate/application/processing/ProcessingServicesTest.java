package io.docuelevate.application.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.PipelineSteps;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkQueue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessingServicesTest {

    private final InMemoryProcessing store = new InMemoryProcessing();
    private final ProcessingHistory history = new ProcessingHistory();
    private final PipelineQueue queue = new PipelineQueue();

    @BeforeEach
    void wire() {
        history.repository = store;
        queue.workItems = store;
        queue.options = InMemoryProcessing.options(4, Duration.ofSeconds(600));
    }

    @Test
    void theQueueWritesOneDocumentWorkItemWithTheConfiguredAttempts() {
        String taskId = queue.newTaskId();
        assertNotEquals(taskId, queue.newTaskId(), "every run gets its own task id");

        queue.enqueue(7, taskId);

        WorkItem item = store.workItems.get(0);
        assertEquals(
                List.of(WorkQueue.DOCUMENT_QUEUE, WorkQueue.PROCESS_DOCUMENT, taskId),
                List.of(item.getQueueName(), item.getTaskType(), item.getTaskId()));
        assertEquals(7L, item.getFileId());
        assertEquals(4, item.getMaxAttempts());
        assertTrue(queue.isActive(7), "a new item is queued");
        assertFalse(queue.isActive(8));
    }

    @Test
    void historyUpsertsTheStepAndAppendsALine() {
        history.planSteps(3, PipelineSteps.ORDER);
        history.record(3, "task", PipelineSteps.CHECK_TEXT, StepStatus.IN_PROGRESS, "started");
        history.record(3, "task", PipelineSteps.CHECK_TEXT, StepStatus.FAILURE, "broken");

        assertEquals(
                PipelineSteps.ORDER,
                history.steps(3).stream().map(ProcessingStep::getStepName).toList());
        assertEquals(
                StepStatus.FAILURE,
                history.statusOf(3, PipelineSteps.CHECK_TEXT).orElseThrow());
        assertEquals(2, store.logs.size());
    }

    @Test
    void forgettingADocumentDeletesItsStepsBeforeDetachingItsHistory() {
        history.forgetDocument(5);

        assertEquals(List.of("remove steps and work items of 5", "detach logs of 5"), store.calls);
    }

    @Test
    void stalledStepsFailWithTheTimeoutInTheMessage() {
        ProcessingStep step = new ProcessingStep(9L, PipelineSteps.PROCESS_WITH_OCR);
        step.transition(
                StepStatus.IN_PROGRESS, null, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        store.steps.add(step);
        store.stalled.add(step);
        StalledStepMonitor monitor = new StalledStepMonitor();
        monitor.steps = store;
        monitor.history = history;
        monitor.settings = queue.options;
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(600);

        assertEquals(1, monitor.failStalledSteps());

        assertFalse(store.stalledAskedBefore.isBefore(before), "asks for steps started before now - STEP_TIMEOUT");
        assertEquals(StepStatus.FAILURE, step.getStatus());
        assertEquals("Step timed out: no progress for more than 600 s (STEP_TIMEOUT)", step.getErrorMessage());
        assertEquals(1, store.logs.size());
    }
}
