package io.docuelevate.application.processing;

import io.docuelevate.domain.document.ProcessingLogEntry;
import io.docuelevate.domain.document.ProcessingStep;
import io.docuelevate.domain.document.ProcessingStepRepository;
import io.docuelevate.domain.document.StepStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reference's {@code log_task_progress}: every step change upserts the step's current state
 * ({@code file_processing_steps}) and appends a line to the history ({@code processing_logs}), in
 * its own transaction so the history survives a failing caller.
 */
@ApplicationScoped
public class ProcessingHistory {

    @Inject
    ProcessingStepRepository repository;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long fileId, String taskId, String stepName, StepStatus status, String message) {
        record(fileId, taskId, stepName, status, message, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long fileId, String taskId, String stepName, StepStatus status, String message, String detail) {
        upsertAndLog(fileId, taskId, stepName, status, message, detail);
    }

    /** Like {@link #record} but inside the caller's transaction (ingest writes the first step with the document). */
    @Transactional
    public void recordWithin(long fileId, String taskId, String stepName, StepStatus status, String message) {
        upsertAndLog(fileId, taskId, stepName, status, message, null);
    }

    private void upsertAndLog(
            long fileId, String taskId, String stepName, StepStatus status, String message, String detail) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProcessingStep step = findStep(fileId, stepName).orElseGet(() -> {
            ProcessingStep created = new ProcessingStep(fileId, stepName);
            repository.add(created);
            return created;
        });
        step.transition(status, message, now);
        repository.log(new ProcessingLogEntry(fileId, taskId, stepName, status, message, detail));
    }

    /** Appends a history line without changing any step's state (progress notes, diagnostics). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void note(long fileId, String taskId, String stepName, StepStatus status, String message) {
        repository.log(new ProcessingLogEntry(fileId, taskId, stepName, status, message, null));
    }

    /** Creates {@code pending} rows for steps that have none, in the caller's transaction. */
    @Transactional
    public void planSteps(long fileId, Collection<String> stepNames) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String name : stepNames) {
            ProcessingStep step = findStep(fileId, name).orElse(null);
            if (step == null) {
                repository.add(new ProcessingStep(fileId, name));
            } else {
                step.transition(StepStatus.PENDING, null, now);
            }
        }
    }

    @Transactional
    public Optional<StepStatus> statusOf(long fileId, String stepName) {
        return findStep(fileId, stepName).map(ProcessingStep::getStatus);
    }

    @Transactional
    public List<ProcessingStep> steps(long fileId) {
        return repository.ofDocument(fileId);
    }

    private Optional<ProcessingStep> findStep(long fileId, String stepName) {
        return repository.find(fileId, stepName);
    }

    /** Deletes the document's steps and unlinks its history lines, in the caller's transaction. */
    @Transactional
    public void forgetDocument(long fileId) {
        repository.removeOfDocument(fileId);
        repository.detachLogs(fileId);
    }
}
