package io.docuelevate.domain.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One backup archive (table {@code backup_records}), with the reference's fields (filename, type,
 * size, checksum, status, error, local and remote path) plus what the manifest says about its content.
 * {@code schedule_slot} is unique, so two replicas never make the same scheduled backup twice.
 */
@Entity
@Table(name = "backup_records")
public class BackupRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filename", nullable = false, unique = true)
    private String filename;

    @Column(name = "backup_type", nullable = false, length = 20)
    private String backupType;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "checksum", length = 64)
    private String checksum;

    @Column(name = "error_detail", length = 2000)
    private String errorDetail;

    @Column(name = "local_path", length = 2048)
    private String localPath;

    @Column(name = "remote_destination", length = 64)
    private String remoteDestination;

    @Column(name = "remote_path", length = 2048)
    private String remotePath;

    @Column(name = "db_kind", length = 20)
    private String dbKind;

    @Column(name = "schema_version", length = 50)
    private String schemaVersion;

    @Column(name = "installation_id", length = 64)
    private String installationId;

    @Column(name = "document_count")
    private Long documentCount;

    @Column(name = "file_count")
    private Long fileCount;

    @Column(name = "includes_files")
    private Boolean includesFiles;

    @Column(name = "meilisearch_status", length = 20)
    private String meilisearchStatus;

    @Column(name = "meilisearch_task_uid")
    private Long meilisearchTaskUid;

    @Column(name = "schedule_slot", length = 64, unique = true)
    private String scheduleSlot;

    @Column(name = "node_id", length = 128)
    private String nodeId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    protected BackupRecord() {}

    public BackupRecord(String filename, BackupType type, String localPath, String scheduleSlot, String nodeId) {
        this.filename = filename;
        this.backupType = type.label();
        this.status = BackupStatus.QUEUED.label();
        this.localPath = localPath;
        this.scheduleSlot = scheduleSlot;
        this.nodeId = nodeId;
    }

    public Long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public BackupType getType() {
        return BackupType.parse(backupType).orElse(BackupType.MANUAL);
    }

    public BackupStatus getStatus() {
        return BackupStatus.parse(status);
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getErrorDetail() {
        return errorDetail;
    }

    public String getLocalPath() {
        return localPath;
    }

    public String getRemoteDestination() {
        return remoteDestination;
    }

    public String getRemotePath() {
        return remotePath;
    }

    public String getDbKind() {
        return dbKind;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public String getInstallationId() {
        return installationId;
    }

    public Long getDocumentCount() {
        return documentCount;
    }

    public Long getFileCount() {
        return fileCount;
    }

    public boolean includesFiles() {
        return Boolean.TRUE.equals(includesFiles);
    }

    public String getMeilisearchStatus() {
        return meilisearchStatus;
    }

    public Long getMeilisearchTaskUid() {
        return meilisearchTaskUid;
    }

    public String getScheduleSlot() {
        return scheduleSlot;
    }

    public String getNodeId() {
        return nodeId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public OffsetDateTime getVerifiedAt() {
        return verifiedAt;
    }

    public void markRunning() {
        status = BackupStatus.RUNNING.label();
    }

    /** The archive was written, re-read and every checksum matched. */
    public void markVerified(
            long size,
            String sha256,
            String kind,
            String schema,
            String installation,
            long documents,
            boolean withFiles,
            long files,
            String meiliStatus,
            Long meiliTaskUid) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        status = BackupStatus.VERIFIED.label();
        sizeBytes = size;
        checksum = sha256;
        dbKind = kind;
        schemaVersion = schema;
        installationId = installation;
        documentCount = documents;
        includesFiles = withFiles;
        fileCount = files;
        meilisearchStatus = meiliStatus;
        meilisearchTaskUid = meiliTaskUid;
        errorDetail = null;
        completedAt = now;
        verifiedAt = now;
    }

    /** A copy of the verified archive is at {@code path} in the destination {@code destination}. */
    public void markCopied(String destination, String path) {
        remoteDestination = destination;
        remotePath = path;
    }

    /** The copy to {@code destination} failed; the local archive stays verified, the reason is shown. */
    public void markCopyFailed(String destination, String detail) {
        remoteDestination = destination;
        remotePath = null;
        errorDetail =
                "copy to " + destination + " failed: " + (detail.length() > 1900 ? detail.substring(0, 1900) : detail);
    }

    /** The backup did not produce a verified archive; {@code detail} is shown to administrators (no secrets). */
    public void markFailed(String detail) {
        status = BackupStatus.FAILED.label();
        errorDetail = detail == null ? "unknown error" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        completedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
