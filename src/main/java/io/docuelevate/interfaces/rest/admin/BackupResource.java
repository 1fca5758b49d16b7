package io.docuelevate.interfaces.rest.admin;

import io.docuelevate.application.backup.BackupRefusedException;
import io.docuelevate.application.backup.BackupService;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.infrastructure.backup.BackupManifest;
import io.docuelevate.infrastructure.config.OperationsSettings;
import io.docuelevate.interfaces.rest.ErrorMappers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * {@code /api/admin/backup} (reference spec §7; admin only by path): list, storage, create, download,
 * restore, delete and cleanup. Restore takes an uploaded archive (multipart field {@code file}, streamed
 * to disk) or a stored backup ({@code backup_id} as query parameter, form field or JSON), and refuses a
 * damaged or foreign archive with 422/400 before anything changes.
 */
@Path("admin/backup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    @Inject
    BackupService backups;

    @Inject
    OperationsSettings settings;

    @Context
    HttpServletRequest request;

    @GET
    public List<Map<String, Object>> list() {
        return backups.list().stream().map(this::json).toList();
    }

    @GET
    @Path("storage")
    public Response storage() throws IOException {
        BackupService.StorageReport report = backups.storage();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("backup_dir", report.directory().toString());
        body.put("backup_enabled", settings.backupEnabled());
        body.put("total_bytes", report.totalBytes());
        body.put("free_bytes", report.freeBytes());
        body.put("min_free_bytes", report.minFreeBytes());
        body.put("used_bytes", report.usedBytes());
        body.put("verified_backups", report.verifiedBackups());
        body.put("last_verified", report.lastVerified().map(this::json).orElse(null));
        body.put("last_failure", report.lastFailure().map(this::json).orElse(null));
        return Response.ok(body).build();
    }

    /** {@code backup_type} hourly, daily, weekly or manual (default); {@code wait=true} answers when it is verified. */
    @POST
    @Path("create")
    public Response create(@QueryParam("backup_type") String type, @QueryParam("wait") boolean wait) {
        Optional<BackupType> backupType = type == null || type.isBlank() ? Optional.of(BackupType.MANUAL)
                : BackupType.parse(type).filter(t -> t != BackupType.PRE_RESTORE);
        if (backupType.isEmpty()) {
            return ErrorMappers.detail(400, "backup_type must be hourly, daily, weekly or manual");
        }
        BackupRecord record = backups.create(backupType.get(), wait);
        Map<String, Object> body = json(record);
        body.put("task_id", Long.toString(record.getId()));
        if (!wait) {
            return Response.accepted(body).build();
        }
        if (record.getStatus() == BackupStatus.FAILED) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("detail", "Backup failed: " + record.getErrorDetail());
            failure.put("backup", body);
            return Response.serverError().entity(failure).build();
        }
        return Response.ok(body).build();
    }

    @GET
    @Path("{id}/download")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id) {
        try {
            java.nio.file.Path archive = backups.archive(id);
            StreamingOutput content = out -> Files.copy(archive, out);
            return Response.ok(content, "application/zip").header("Content-Length", Files.size(archive))
                    .header("Content-Disposition", "attachment; filename=\"" + archive.getFileName() + "\"").build();
        } catch (BackupRefusedException e) {
            return ErrorMappers.detail(e.status(), e.getMessage());
        } catch (IOException e) {
            return ErrorMappers.detail(404, "Backup " + id + " cannot be read: " + e.getMessage());
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        try {
            BackupRecord deleted = backups.delete(id);
            return Response.ok(Map.of("status", "deleted", "id", deleted.getId(), "filename", deleted.getFilename())).build();
        } catch (BackupRefusedException e) {
            return ErrorMappers.detail(e.status(), e.getMessage());
        }
    }

    @POST
    @Path("cleanup")
    public Response cleanup() {
        BackupService.CleanupResult result = backups.cleanup();
        Map<String, Object> kept = new LinkedHashMap<>();
        result.kept().forEach((type, count) -> kept.put(type.label(), count));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("deleted", result.deleted().size());
        body.put("deleted_ids", result.deleted());
        body.put("interrupted_ids", result.interrupted());
        body.put("kept", kept);
        return Response.ok(body).build();
    }

    /** Multipart {@code file} (an archive) or {@code backup_id}; JSON {@code {"backup_id": n}}; or {@code ?backup_id=n}. */
    @POST
    @Path("restore")
    public Response restore(@QueryParam("backup_id") Long backupId) {
        java.nio.file.Path upload = null;
        try {
            if (backupId != null) {
                return restored(backups.restore(backupId));
            }
            String contentType = Optional.ofNullable(request.getContentType()).orElse("");
            if (JakartaServletFileUpload.isMultipartContent(request)) {
                FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
                while (parts.hasNext()) {
                    FileItemInput part = parts.next();
                    if (part.isFormField() && "backup_id".equals(part.getFieldName())) {
                        try (InputStream value = part.getInputStream()) {
                            return restored(backups.restore(parseId(new String(value.readNBytes(64), StandardCharsets.UTF_8))));
                        }
                    }
                    if (!part.isFormField() && "file".equals(part.getFieldName())) {
                        upload = receive(part);
                        String name = part.getName() == null ? "upload.zip" : java.nio.file.Path.of(part.getName()).getFileName()
                                .toString();
                        return restored(backups.restore(upload, name));
                    }
                }
                return ErrorMappers.detail(422, "Send the archive in the multipart field 'file' or name a stored backup with 'backup_id'");
            }
            if (contentType.startsWith(MediaType.APPLICATION_JSON)) {
                try (JsonReader reader = Json.createReader(new StringReader(new String(request.getInputStream().readNBytes(4096),
                        StandardCharsets.UTF_8)))) {
                    JsonObject body = reader.readObject();
                    return restored(backups.restore(body.getJsonNumber("backup_id").longValueExact()));
                } catch (JsonException | NullPointerException | ClassCastException | ArithmeticException e) {
                    return ErrorMappers.detail(422, "Expected {\"backup_id\": <id>}");
                }
            }
            return ErrorMappers.detail(422, "Send the archive as multipart/form-data (field 'file') or name a stored backup"
                    + " with backup_id");
        } catch (BackupRefusedException e) {
            return ErrorMappers.detail(e.status(), e.getMessage());
        } catch (IOException e) {
            return ErrorMappers.detail(400, "The upload was interrupted: " + e.getMessage() + ". Nothing was changed.");
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    // a left-over upload is removed by the next cleanup
                }
            }
        }
    }

    private java.nio.file.Path receive(FileItemInput part) throws IOException {
        java.nio.file.Path directory = settings.backupDir();
        Files.createDirectories(directory);
        java.nio.file.Path target = directory.resolve(".upload-" + UUID.randomUUID() + ".zip");
        try (InputStream content = part.getInputStream()) {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static long parseId(String text) throws BackupRefusedException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BackupRefusedException(422, "backup_id must be a number");
        }
    }

    private Response restored(BackupService.RestoreResult result) {
        BackupManifest manifest = result.manifest();
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("kind", manifest.dbKind());
        database.put("tables", manifest.tables());
        database.put("archive_schema_version", manifest.schemaVersion());
        database.put("schema_version", result.schemaVersion());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("included", manifest.includesFiles());
        files.put("original", result.originalFiles());
        files.put("processed", result.processedFiles());
        Map<String, Object> restoredParts = new LinkedHashMap<>();
        restoredParts.put("database", database);
        restoredParts.put("documents", result.documents());
        restoredParts.put("files", files);
        Map<String, Object> pre = new LinkedHashMap<>();
        pre.put("id", result.preRestoreBackup().getId());
        pre.put("filename", result.preRestoreBackup().getFilename());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "restored");
        body.put("filename", result.filename());
        body.put("created_at", manifest.createdAt());
        body.put("installation_id", manifest.installationId());
        body.put("restored", restoredParts);
        body.put("pre_restore_backup", pre);
        body.put("search_index", "reindex requested");
        return Response.ok(body).build();
    }

    private Map<String, Object> json(BackupRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.getId());
        json.put("filename", record.getFilename());
        json.put("backup_type", record.getType().label());
        json.put("size_bytes", record.getSizeBytes());
        json.put("checksum", record.getChecksum());
        json.put("status", record.getStatus().label());
        json.put("error_detail", record.getErrorDetail());
        json.put("local_path", record.getLocalPath());
        json.put("remote_destination", record.getRemoteDestination());
        json.put("remote_path", record.getRemotePath());
        json.put("created_at", text(record.getCreatedAt()));
        json.put("local_available", backups.isStored(record));
        json.put("completed_at", text(record.getCompletedAt()));
        json.put("verified_at", text(record.getVerifiedAt()));
        json.put("db_kind", record.getDbKind());
        json.put("schema_version", record.getSchemaVersion());
        json.put("document_count", record.getDocumentCount());
        json.put("includes_files", record.includesFiles());
        json.put("file_count", record.getFileCount());
        json.put("meilisearch_status", record.getMeilisearchStatus());
        json.put("meilisearch_task_uid", record.getMeilisearchTaskUid());
        return json;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
