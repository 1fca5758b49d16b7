package io.docuelevate.domain.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A durable unit of work (table {@code work_items}). Workers claim it with a lease; an expired lease
 * makes it claimable again, so a crashed replica never loses work.
 */
@Entity
@Table(name = "work_items")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "queue_name", nullable = false, length = 64)
    private String queueName;

    @Column(name = "task_type", nullable = false, length = 64)
    private String taskType;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "task_id", nullable = false, length = 64, unique = true)
    private String taskId;

    @Column(name = "payload")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private WorkItemState state = WorkItemState.QUEUED;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "not_before", nullable = false)
    private OffsetDateTime notBefore = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "lease_owner", length = 128)
    private String leaseOwner;

    @Column(name = "lease_expires_at")
    private OffsetDateTime leaseExpiresAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    protected WorkItem() {}

    public WorkItem(String queueName, String taskType, Long fileId, String taskId, String payload, int maxAttempts) {
        this.queueName = queueName;
        this.taskType = taskType;
        this.fileId = fileId;
        this.taskId = taskId;
        this.payload = payload;
        this.maxAttempts = maxAttempts;
    }

    public Long getId() {
        return id;
    }

    public String getQueueName() {
        return queueName;
    }

    public String getTaskType() {
        return taskType;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getPayload() {
        return payload;
    }

    public WorkItemState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public OffsetDateTime getNotBefore() {
        return notBefore;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public OffsetDateTime getLeaseExpiresAt() {
        return leaseExpiresAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }
}
