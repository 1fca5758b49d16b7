package io.docuelevate.domain.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The delivery of one document to one destination (table {@code document_deliveries}): its state, the name the
 * file got there, when, after how many attempts, and the last error. {@code destinationKey} is the destination's
 * name ({@code sftp}) or {@code integration:<id>}; {@code queuedByTask} is the pipeline run that queued it, so a
 * re-run of that run after a crash does not queue it twice while a reprocess delivers the new PDF again.
 */
@Entity
@Table(name = "document_deliveries")
public class DocumentDelivery {

    /** States, as the step history names them. */
    public static final String PENDING = "pending";

    public static final String IN_PROGRESS = "in_progress";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "destination_key", nullable = false)
    private String destinationKey;

    @Column(name = "step_name", nullable = false)
    private String stepName;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "queued_by_task")
    private String queuedByTask;

    @Column(name = "remote_name")
    private String remoteName;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected DocumentDelivery() {}

    public DocumentDelivery(long fileId, String destinationKey, String stepName) {
        this.fileId = fileId;
        this.destinationKey = destinationKey;
        this.stepName = stepName;
        this.status = PENDING;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /** Queued again (first time, retry, reprocess, on demand) by {@code queuedBy} as task {@code task}. */
    public void queue(String queuedBy, String task) {
        this.status = PENDING;
        this.queuedByTask = queuedBy;
        this.taskId = task;
        this.attempts = 0;
        this.lastError = null;
        touch();
    }

    public void started() {
        this.status = IN_PROGRESS;
        this.attempts++;
        touch();
    }

    public void delivered(String name) {
        this.status = SUCCESS;
        this.remoteName = name;
        this.lastError = null;
        this.deliveredAt = OffsetDateTime.now(ZoneOffset.UTC);
        touch();
    }

    /** A failed attempt: {@code pending} again when it will be retried, else {@code failure}. */
    public void failed(String error, boolean willRetry) {
        this.status = willRetry ? PENDING : FAILURE;
        this.lastError = error;
        touch();
    }

    private void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public String getDestinationKey() {
        return destinationKey;
    }

    public String getStepName() {
        return stepName;
    }

    public String getStatus() {
        return status;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getQueuedByTask() {
        return queuedByTask;
    }

    public String getRemoteName() {
        return remoteName;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
