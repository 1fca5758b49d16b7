package io.docuelevate.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One machine-intake submission (table {@code document_intakes}, the reference's idempotency ledger): who sent it
 * ({@code principalId}, {@code ""} in single-user mode), its idempotency key (unique per principal), the source it
 * named, the file name, the document it became and its state ({@code queued}, {@code duplicate}...).
 */
@Entity
@Table(name = "document_intakes")
public class DocumentIntake {

    public static final int MIN_KEY_LENGTH = 8;
    public static final int MAX_KEY_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "principal_id", nullable = false)
    private String principalId;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "original_filename")
    private String originalFilename;

    @Column(name = "metadata_json")
    private String metadataJson;

    @Column(name = "local_path")
    private String localPath;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "state", nullable = false)
    private String state;

    @Column(name = "error")
    private String error;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected DocumentIntake() {}

    public DocumentIntake(String principalId, String idempotencyKey, String source, String metadataJson) {
        this.principalId = principalId;
        this.idempotencyKey = idempotencyKey;
        this.source = source;
        this.metadataJson = metadataJson;
        this.state = "pending";
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /** Records what the submission became: the document, its queue task (none for a duplicate) and the state. */
    public void recordOutcome(String filename, String storedFilename, long documentId, String task, String newState) {
        this.originalFilename = filename;
        this.localPath = storedFilename == null ? null : "original/" + storedFilename;
        this.fileId = documentId;
        this.taskId = task;
        this.state = newState;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getPrincipalId() {
        return principalId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getSource() {
        return source;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getMetadataJson() {
        return metadataJson;
    }

    public String getLocalPath() {
        return localPath;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getState() {
        return state;
    }

    public String getError() {
        return error;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
