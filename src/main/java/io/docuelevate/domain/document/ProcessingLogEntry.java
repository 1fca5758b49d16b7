package io.docuelevate.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One line of a document's append-only processing history (table {@code processing_logs}). */
@Entity
@Table(name = "processing_logs")
public class ProcessingLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "step_name", nullable = false, length = 100)
    private String stepName;

    @Column(name = "status", nullable = false, length = 20)
    private StepStatus status;

    @Column(name = "message", length = 2000)
    private String message;

    @Column(name = "detail")
    private String detail;

    @Column(name = "logged_at", nullable = false)
    private OffsetDateTime timestamp = OffsetDateTime.now(ZoneOffset.UTC);

    protected ProcessingLogEntry() {}

    public ProcessingLogEntry(
            Long fileId, String taskId, String stepName, StepStatus status, String message, String detail) {
        this.fileId = fileId;
        this.taskId = taskId;
        this.stepName = stepName;
        this.status = status;
        this.message = message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStepName() {
        return stepName;
    }

    public StepStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getDetail() {
        return detail;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }
}
