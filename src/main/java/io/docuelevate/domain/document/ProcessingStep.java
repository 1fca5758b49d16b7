package io.docuelevate.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Current state of one step for one document (table {@code file_processing_steps}, unique per file and step). */
@Entity
@Table(name = "file_processing_steps", uniqueConstraints = @UniqueConstraint(columnNames = {"file_id", "step_name"}))
public class ProcessingStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "step_name", nullable = false, length = 100)
    private String stepName;

    @Column(name = "status", nullable = false, length = 20)
    private StepStatus status = StepStatus.PENDING;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = createdAt;

    protected ProcessingStep() {}

    public ProcessingStep(Long fileId, String stepName) {
        this.fileId = fileId;
        this.stepName = stepName;
    }

    /** Moves the step to a new state, keeping start and completion times as the reference does. */
    public void transition(StepStatus next, String message, OffsetDateTime at) {
        if (next == StepStatus.IN_PROGRESS) {
            startedAt = at;
            completedAt = null;
            errorMessage = null;
        } else if (next.isTerminal()) {
            if (startedAt == null) {
                startedAt = at;
            }
            completedAt = at;
            errorMessage = next == StepStatus.FAILURE ? message : null;
        } else {
            startedAt = null;
            completedAt = null;
            errorMessage = null;
        }
        status = next;
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getStepName() {
        return stepName;
    }

    public StepStatus getStatus() {
        return status;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
