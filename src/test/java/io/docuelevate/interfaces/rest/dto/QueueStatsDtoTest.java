package io.docuelevate.interfaces.rest.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.docuelevate.application.documents.DocumentQueries.InProgressStep;
import io.docuelevate.application.documents.DocumentQueries.QueueStatistics;
import io.docuelevate.application.documents.DocumentQueries.WorkItemView;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.queue.WorkItemState;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QueueStatsDtoTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-15T10:00:00Z");

    @Test
    void queueCountsTotalsAndAgesFollowTheReferenceShape() {
        Map<String, Map<WorkItemState, Long>> byQueue = new TreeMap<>();
        byQueue.put(
                "document_processor",
                new EnumMap<>(Map.of(
                        WorkItemState.QUEUED,
                        3L,
                        WorkItemState.RUNNING,
                        2L,
                        WorkItemState.FAILED,
                        1L,
                        WorkItemState.SUCCEEDED,
                        9L)));
        byQueue.put("search_index", new EnumMap<>(Map.of(WorkItemState.QUEUED, 4L)));
        WorkItemView running = new WorkItemView(
                "task-1",
                "document_processor",
                "process_document",
                12L,
                WorkItemState.RUNNING,
                1,
                "worker-a",
                NOW,
                NOW.plusSeconds(30),
                NOW.minusSeconds(60));
        WorkItemView delayed = new WorkItemView(
                "task-2",
                "document_processor",
                "process_document",
                null,
                WorkItemState.QUEUED,
                2,
                null,
                NOW.plusSeconds(300),
                null,
                NOW.minusSeconds(600));
        Map<DocumentStatus, Long> documents = new EnumMap<>(Map.of(
                DocumentStatus.PENDING,
                1L,
                DocumentStatus.PROCESSING,
                2L,
                DocumentStatus.COMPLETED,
                5L,
                DocumentStatus.FAILED,
                1L,
                DocumentStatus.DUPLICATE,
                1L));
        Map<StepStatus, Long> steps = new EnumMap<>(StepStatus.class);
        for (StepStatus status : StepStatus.values()) {
            steps.put(status, (long) status.ordinal());
        }
        QueueStatistics statistics = new QueueStatistics(
                byQueue,
                NOW.minusSeconds(90),
                List.of("worker-a"),
                List.of(running),
                List.of(delayed),
                documents,
                10,
                steps,
                List.of(new InProgressStep(12, null, "process_with_ocr")),
                NOW);

        QueueStatsDto dto = QueueStatsDto.from(statistics);

        assertEquals(
                List.of("document_processor", "default", "celery", "search_index"),
                List.copyOf(dto.queues().keySet()));
        assertEquals(3L, dto.queues().get("document_processor"));
        assertEquals(0L, dto.queues().get("default"));
        assertEquals(7L, dto.totalQueued());
        assertEquals(2L, dto.running());
        assertEquals(1L, dto.failed());
        assertEquals(90L, dto.oldestQueuedAgeSeconds());
        assertEquals(new QueueStatsDto.QueueCounts(3, 2, 9, 1, 0), dto.byQueue().get("document_processor"));
        assertEquals(1, dto.celery().workersOnline());
        assertEquals("file_id=12", dto.celery().active().get(0).args());
        assertEquals("worker-a", dto.celery().active().get(0).worker());
        assertEquals("", dto.celery().scheduled().get(0).args());
        assertEquals(
                "2026-01-15T10:05:00.000000+00:00",
                dto.celery().scheduled().get(0).eta());
        assertEquals(List.of(), dto.celery().reserved());
        assertEquals(
                new QueueStatsDto.DbSummary(
                        10,
                        2,
                        1,
                        5,
                        1,
                        1,
                        List.of(new QueueStatsDto.RecentProcessing(12, "File #12", "process_with_ocr")),
                        Map.of("pending", 0L, "in_progress", 1L, "success", 2L, "failure", 3L, "skipped", 4L)),
                dto.dbSummary());
    }

    @Test
    void nothingQueuedHasNoOldestAge() {
        QueueStatistics empty = new QueueStatistics(
                Map.of(), null, List.of(), List.of(), List.of(), Map.of(), 0, Map.of(), List.of(), NOW);
        QueueStatsDto dto = QueueStatsDto.from(empty);
        assertNull(dto.oldestQueuedAgeSeconds());
        assertEquals(0L, dto.totalQueued());
        assertEquals(0, dto.celery().workersOnline());
        assertEquals(0L, dto.dbSummary().completed());
    }
}
