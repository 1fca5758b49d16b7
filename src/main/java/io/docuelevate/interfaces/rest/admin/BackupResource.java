package io.docuelevate.interfaces.rest.admin;

import io.docuelevate.application.backup.ArchiveSummary;
import io.docuelevate.application.backup.BackupRefusedException;
import io.docuelevate.application.backup.BackupRestorer;
import io.docuelevate.application.backup.BackupRetention;
import io.docuelevate.application.backup.BackupService;
import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import io.docuelevate.interfaces.rest.ErrorMappers;
import io.docuelevate.interfaces.rest.SingleFileUpload;
import io.docuelevate.interfaces.rest.request.BackupRestoreRequest;
import io.docuelevate.interfaces.rest.request.JsonRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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

    private static final String BACKUP_ID = "backup_id";

    @Inject
    BackupService backups;

    @Context
    HttpServletRequest request;

    @GET
    public List<BackupJson> list() {
        return backups.list().stream().map(this::json).toList();
    }

    @GET
    @Path("storage")
    public BackupAnswers.Storage storage() throws IOException {
        BackupService.StorageReport report = backups.storage();
        return new BackupAnswers.Storage(
                report.directory().toString(),
                backups.enabled(),
                report.totalBytes(),
                report.freeBytes(),
                report.minFreeBytes(),
                report.usedBytes(),
                report.verifiedBackups(),
                report.lastVerified().map(this::json).orElse(null),
                report.lastFailure().map(this::json).orElse(null));
    }

    /** {@code backup_type} hourly, daily, weekly or manual (default); {@code wait=true} answers when it is verified. */
    @POST
    @Path("create")
    public Response create(@QueryParam("backup_type") String type, @QueryParam("wait") boolean wait) {
        Optional<BackupType> backupType = type == null || type.isBlank()
                ? Optional.of(BackupType.MANUAL)
                : BackupType.parse(type).filter(t -> t != BackupType.PRE_RESTORE);
        if (backupType.isEmpty()) {
            return ErrorMappers.detail(400, "backup_type must be hourly, daily, weekly or manual");
        }
        BackupRecord record = backups.create(backupType.get(), wait);
        BackupJson body = json(record).withTaskId();
        if (!wait) {
            return Response.accepted(body).build();
        }
        if (record.getStatus() == BackupStatus.FAILED) {
            return Response.serverError()
                    .entity(new BackupAnswers.Failed("Backup failed: " + record.getErrorDetail(), body))
                    .build();
        }
        return Response.ok(body).build();
    }

    @GET
    @Path("{id}/download")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id) {
        try {
            var archive = backups.archive(id);
            StreamingOutput content = out -> Files.copy(archive, out);
            return Response.ok(content, "application/zip")
                    .header("Content-Length", Files.size(archive))
                    .header("Content-Disposition", "attachment; filename=\"" + archive.getFileName() + "\"")
                    .build();
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
            return Response.ok(new BackupAnswers.Deleted("deleted", deleted.getId(), deleted.getFilename()))
                    .build();
        } catch (BackupRefusedException e) {
            return ErrorMappers.detail(e.status(), e.getMessage());
        }
    }

    @POST
    @Path("cleanup")
    public BackupAnswers.Cleanup cleanup() {
        BackupRetention.CleanupResult result = backups.cleanup();
        Map<String, Long> kept = new LinkedHashMap<>();
        result.kept().forEach((type, count) -> kept.put(type.label(), count));
        return new BackupAnswers.Cleanup("ok", result.deleted().size(), result.deleted(), result.interrupted(), kept);
    }

    /** Multipart {@code file} (an archive) or {@code backup_id}; JSON {@code {"backup_id": n}}; or {@code ?backup_id=n}. */
    @POST
    @Path("restore")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BackupRestoreRequest.class)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema =
                                @Schema(
                                        type = SchemaType.OBJECT,
                                        properties = {
                                            @SchemaProperty(
                                                    name = SingleFileUpload.FILE_FIELD,
                                                    type = SchemaType.STRING,
                                                    format = "binary"),
                                            @SchemaProperty(name = BACKUP_ID, type = SchemaType.INTEGER)
                                        }))
            })
    public Response restore(@QueryParam(BACKUP_ID) Long backupId) {
        try {
            if (backupId != null) {
                return restored(backups.restore(backupId));
            }
            String contentType = Optional.ofNullable(request.getContentType()).orElse("");
            if (JakartaServletFileUpload.isMultipartContent(request)) {
                return restoreForm(SingleFileUpload.read(
                        request, Set.of(BACKUP_ID), backups::receiveUpload, backups::discardUpload));
            }
            if (contentType.startsWith(MediaType.APPLICATION_JSON)) {
                BackupRestoreRequest body = JsonRequests.bind(
                        new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                        BackupRestoreRequest.class);
                if (body == null || body.backupId() == null) {
                    return ErrorMappers.detail(422, "Expected {\"backup_id\": <id>}");
                }
                return restored(backups.restore(body.backupId()));
            }
            return ErrorMappers.detail(
                    422,
                    "Send the archive as multipart/form-data (field 'file') or name a stored backup"
                            + " with backup_id");
        } catch (BackupRefusedException e) {
            return ErrorMappers.detail(e.status(), e.getMessage());
        } catch (SingleFileUpload.BadUploadException e) {
            return ErrorMappers.refused(Response.Status.BAD_REQUEST, e.getMessage() + ". Nothing was changed.");
        } catch (IOException e) {
            return ErrorMappers.refused(
                    Response.Status.BAD_REQUEST,
                    "The upload was interrupted: " + e.getMessage() + ". Nothing was changed.");
        }
    }

    private Response restoreForm(SingleFileUpload.Form<java.nio.file.Path> form) throws BackupRefusedException {
        String backupId = form.fields().get(BACKUP_ID);
        if (form.file() != null && backupId != null) {
            backups.discardUpload(form.file());
            return ErrorMappers.detail(422, "Send either an archive in 'file' or a 'backup_id', not both");
        }
        if (form.file() != null) {
            String name = form.filename() == null
                    ? "upload.zip"
                    : Paths.get(form.filename()).getFileName().toString();
            return restored(backups.restoreReceived(form.file(), name));
        }
        if (backupId != null) {
            return restored(backups.restore(parseId(backupId)));
        }
        return ErrorMappers.detail(
                422, "Send the archive in the multipart field 'file' or name a stored backup with 'backup_id'");
    }

    private static long parseId(String text) throws BackupRefusedException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BackupRefusedException(422, "backup_id must be a number");
        }
    }

    private Response restored(BackupRestorer.RestoreResult result) {
        ArchiveSummary manifest = result.manifest();
        BackupAnswers.RestoredParts parts = new BackupAnswers.RestoredParts(
                new BackupAnswers.RestoredDatabase(
                        manifest.dbKind(), manifest.tables(), manifest.schemaVersion(), result.schemaVersion()),
                result.documents(),
                new BackupAnswers.RestoredFiles(
                        manifest.includesFiles(), result.originalFiles(), result.processedFiles()));
        BackupRecord pre = result.preRestoreBackup();
        return Response.ok(new BackupAnswers.Restored(
                        "restored",
                        result.filename(),
                        manifest.createdAt(),
                        manifest.installationId(),
                        parts,
                        new BackupAnswers.BackupReference(pre.getId(), pre.getFilename()),
                        "reindex requested"))
                .build();
    }

    private BackupJson json(BackupRecord record) {
        return BackupJson.of(record, backups.isStored(record));
    }
}
