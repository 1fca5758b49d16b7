package io.docuelevate.application.processing;

import io.docuelevate.domain.document.ProcessingLogEntry;
import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.ProcessingStepRepository;
import io.docuelevate.domain.queue.WorkItem;
import io.docuelevate.domain.queue.WorkItemRepository;
import io.docuelevate.domain.queue.WorkItemState;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory steps, history and work items for the processing services' unit tests. */
final class InMemoryProcessing implements ProcessingStepRepository, WorkItemRepository {

    final List<ProcessingStep> steps = new ArrayList<>();
    final List<ProcessingLogEntry> logs = new ArrayList<>();
    final List<WorkItem> workItems = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<ProcessingStep> stalled = new ArrayList<>();
    OffsetDateTime stalledAskedBefore;

    static ProcessingOptions options(int maxAttempts, Duration stepTimeout) {
        return new ProcessingOptions() {
            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public Duration stepTimeout() {
                return stepTimeout;
            }

            @Override
            public boolean deduplication() {
                return true;
            }

            @Override
            public boolean allowFileDelete() {
                return true;
            }

            @Override
            public long maxUploadSize() {
                return Long.MAX_VALUE;
            }

            @Override
            public Duration lease() {
                return Duration.ofMinutes(2);
            }
        };
    }

    @Override
    public Optional<ProcessingStep> find(long fileId, String stepName) {
        return steps.stream()
                .filter(s -> s.getFileId() == fileId && s.getStepName().equals(stepName))
                .findFirst();
    }

    @Override
    public List<ProcessingStep> ofDocument(long fileId) {
        return steps.stream().filter(s -> s.getFileId() == fileId).toList();
    }

    @Override
    public void log(ProcessingLogEntry entry) {
        logs.add(entry);
    }

    @Override
    public void add(ProcessingStep step) {
        steps.add(step);
    }

    @Override
    public List<ProcessingStep> stalled(OffsetDateTime startedBefore, OffsetDateTime now) {
        stalledAskedBefore = startedBefore;
        return stalled;
    }

    @Override
    public void removeOfDocument(long fileId) {
        calls.add("remove steps and work items of " + fileId);
        steps.removeIf(s -> s.getFileId() == fileId);
        workItems.removeIf(w -> w.getFileId() == fileId);
    }

    @Override
    public void detachLogs(long fileId) {
        calls.add("detach logs of " + fileId);
    }

    @Override
    public void add(WorkItem item) {
        workItems.add(item);
    }

    @Override
    public long countActive(long fileId) {
        return workItems.stream()
                .filter(w -> w.getFileId() == fileId)
                .filter(w -> w.getState() == WorkItemState.QUEUED || w.getState() == WorkItemState.RUNNING)
                .count();
    }
}
