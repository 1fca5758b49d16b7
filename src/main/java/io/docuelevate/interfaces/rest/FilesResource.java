package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentCommands;
import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.FileVersion;
import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.application.documents.DocumentQueries.StoredFile;
import io.docuelevate.application.documents.OperationRefusedException;
import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.interfaces.rest.dto.BulkDeleteResultDto;
import io.docuelevate.interfaces.rest.dto.BulkReprocessResultDto;
import io.docuelevate.interfaces.rest.dto.DeleteResultDto;
import io.docuelevate.interfaces.rest.dto.FileDetailDto;
import io.docuelevate.interfaces.rest.dto.FileDto;
import io.docuelevate.interfaces.rest.dto.FileListDto;
import io.docuelevate.interfaces.rest.dto.PaginationDto;
import io.docuelevate.interfaces.rest.dto.ReprocessResultDto;
import io.docuelevate.interfaces.rest.dto.RetryResultDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code /api/files}: the document list and detail, downloads and previews, and the document commands
 * (delete, reprocess, retry a step) one by one or in bulk, with the reference's paths, parameters and JSON.
 * Every document the caller cannot see answers 404, like one that does not exist.
 */
@Path("files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    static final String NO_FILES_FOUND = "No files found with the provided IDs";
    static final String NOSNIFF = "X-Content-Type-Options";

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentCommands commands;

    @Inject
    CallerOwner caller;

    @Inject
    io.docuelevate.domain.document.DocumentRepository documents;

    @Context
    UriInfo uriInfo;

    /** A page of documents: filters, sort and pagination as in the reference. */
    @GET
    public FileListDto list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                            @QueryParam("sort_by") String sortBy, @QueryParam("sort_order") String sortOrder,
                            @QueryParam("search") String search, @QueryParam("mime_type") String mimeType,
                            @QueryParam("status") String status, @QueryParam("date_from") String dateFrom,
                            @QueryParam("date_to") String dateTo) {
        ListCriteria criteria = FileListParameters.criteria(page, perPage, sortBy, sortOrder, search, mimeType, status,
                dateFrom, dateTo);
        Page<DocumentSummary> result = queries.list(criteria, caller.documentFilter());
        return new FileListDto(result.items().stream().map(FileDto::from).toList(),
                pagination(result.page(), result.perPage(), result.total(), result.pages(), uriInfo));
    }

    /** One document with its steps, logs and which files are on disk. */
    @GET
    @Path("{id}")
    public FileDetailDto detail(@PathParam("id") String id) {
        long documentId = RequestParameters.documentId(id);
        var detail = queries.detail(documentId, caller.documentFilter()).orElseThrow(() -> new DocumentNotFoundException(documentId));
        var entity = documents.find(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId));
        return FileDetailDto.from(detail, entity.getAiMetadata(), entity.getDetectedLanguage());
    }

    /**
     * {@code PUT /api/files/{id}/metadata}: the owner corrects the metadata (the 13 reference fields;
     * invalid values are normalised and reported in {@code corrections}); the PDF is enriched again and
     * renamed when the file name changes.
     */
    @jakarta.ws.rs.PUT
    @Path("{id}/metadata")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Object> correctMetadata(@PathParam("id") String id, jakarta.json.JsonObject body) {
        long documentId = visible(id).id();
        if (body == null) {
            throw new UnprocessableRequestException("a JSON object with the metadata fields is required");
        }
        java.util.List<String> corrections = new java.util.ArrayList<>();
        io.docuelevate.domain.metadata.DocumentMetadata metadata;
        try {
            metadata = MetadataJson.fromJson(body, corrections)
                    .withExtraction(io.docuelevate.domain.metadata.DocumentMetadata.Extraction.NONE);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableRequestException(e.getMessage());
        }
        String processed = commands.correctMetadata(documentId, metadata);
        java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("file_id", documentId);
        answer.put("processed_file", processed);
        answer.put("corrections", corrections);
        return answer;
    }

    /** Deletes a document (refused 403 when deletion is disabled, 409 under legal hold). */
    @DELETE
    @Path("{id}")
    public DeleteResultDto delete(@PathParam("id") String id) {
        long documentId = visible(id).id();
        commands.delete(documentId);
        return new DeleteResultDto("success", "File record " + documentId + " deleted successfully");
    }

    /**
     * The stored file as a download; {@code version} is {@code original} (the default, byte-identical to the
     * upload) or {@code processed} (the searchable PDF).
     */
    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @QueryParam("version") String version) {
        StoredFile file = storedFile(visible(id), version);
        return fileResponse(file, file.mediaType(), ContentDisposition.attachment(file.filename())).build();
    }

    /**
     * The stored file for display in the browser. Only passive types (PDF, raster images, plain text) are sent
     * inline; anything that could run script in our origin (HTML, SVG, XML, unknown) is sent as a download.
     */
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") String id, @QueryParam("version") String version) {
        StoredFile file = storedFile(visible(id), version);
        Optional<String> inlineType = PreviewMediaTypes.inlineType(file.mediaType());
        return inlineType
                .map(type -> fileResponse(file, type, ContentDisposition.inline(file.filename())))
                .orElseGet(() -> fileResponse(file, MediaType.APPLICATION_OCTET_STREAM,
                        ContentDisposition.attachment(file.filename())))
                .build();
    }

    /** Queues the whole pipeline again for the document. */
    @POST
    @Path("{id}/reprocess")
    public ReprocessResultDto reprocess(@PathParam("id") String id) {
        DocumentSummary document = visible(id);
        String taskId = commands.reprocess(document.id());
        return new ReprocessResultDto("success", "File queued for reprocessing", document.id(),
                document.originalFilename(), taskId);
    }

    /**
     * Queues the pipeline again from one step. The step is named by the {@code subtask_name} query parameter
     * (the reference's form) or by a {@code {"subtask_name": ...}} body; the commands decide which names are valid.
     */
    @POST
    @Path("{id}/retry-subtask")
    public RetryResultDto retrySubtask(@PathParam("id") String id, @QueryParam("subtask_name") String subtaskName,
                                       String body) {
        String step = Optional.ofNullable(subtaskName).filter(name -> !name.isBlank())
                .or(() -> RequestParameters.stringField(body, "subtask_name")).map(String::strip)
                .filter(name -> !name.isEmpty())
                .orElseThrow(() -> new UnprocessableRequestException("subtask_name is required"));
        DocumentSummary document = visible(id);
        String taskId = commands.retryStep(document.id(), step);
        return new RetryResultDto("success", "Pipeline step " + step + " queued for retry", document.id(), step,
                taskId);
    }

    /**
     * Queues each document of a JSON array of ids again. Ids that are unknown or cannot be queued are reported
     * in {@code errors} without failing the others; 404 only when none of the ids is a visible document.
     */
    @POST
    @Path("bulk-reprocess")
    public BulkReprocessResultDto bulkReprocess(String body) {
        List<Long> ids = RequestParameters.documentIds(body);
        Map<Long, DocumentSummary> documents = visibleById(ids);
        List<BulkReprocessResultDto.Queued> queued = new ArrayList<>();
        List<BulkReprocessResultDto.Failure> errors = new ArrayList<>();
        for (long id : ids) {
            DocumentSummary document = documents.get(id);
            if (document == null) {
                errors.add(new BulkReprocessResultDto.Failure(id, null, DocumentErrorMappers.notFoundDetail(id)));
                continue;
            }
            try {
                queued.add(new BulkReprocessResultDto.Queued(id, document.originalFilename(), commands.reprocess(id)));
            } catch (OperationRefusedException | DocumentNotFoundException refused) {
                errors.add(new BulkReprocessResultDto.Failure(id, document.originalFilename(), refused.getMessage()));
            }
        }
        String message = "Successfully queued " + queued.size() + " files for reprocessing"
                + (errors.isEmpty() ? "" : ", " + errors.size() + " not queued");
        return new BulkReprocessResultDto(queued.isEmpty() ? "error" : "success", message, queued, errors,
                queued.stream().map(BulkReprocessResultDto.Queued::taskId).toList());
    }

    /**
     * Deletes the documents of a JSON array of ids. 404 when none is visible; 409, deleting nothing, when any
     * of them is under legal hold; 403 when deletion is disabled. Unknown ids are listed in {@code not_found_ids}.
     */
    @POST
    @Path("bulk-delete")
    public BulkDeleteResultDto bulkDelete(String body) {
        List<Long> ids = RequestParameters.documentIds(body);
        Map<Long, DocumentSummary> documents = visibleById(ids);
        List<Long> held = documents.values().stream().filter(DocumentSummary::legalHold).map(DocumentSummary::id)
                .sorted().toList();
        if (!held.isEmpty()) {
            throw new OperationRefusedException(OperationRefusedException.Reason.CONFLICT,
                    "Files under legal hold cannot be deleted: " + held + "; nothing was deleted");
        }
        List<Long> deleted = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        for (long id : ids) {
            if (!documents.containsKey(id)) {
                notFound.add(id);
                continue;
            }
            try {
                commands.delete(id);
                deleted.add(id);
            } catch (DocumentNotFoundException alreadyGone) {
                notFound.add(id);
            }
        }
        return new BulkDeleteResultDto("success", "Successfully deleted " + deleted.size() + " file records", deleted,
                notFound);
    }

    /**
     * The files of a JSON array of ids as one ZIP, streamed to the client while it is written: the processed PDF
     * where there is one, else the original; documents without a file on disk are left out, repeated names get
     * {@code " (2)"}, {@code " (3)"}... 404 when no requested document has a file.
     */
    @POST
    @Path("bulk-download")
    @Produces(MediaType.WILDCARD)
    public Response bulkDownload(String body) {
        List<Long> ids = RequestParameters.documentIds(body);
        List<StoredFile> files = queries.preferredFiles(ids, caller.documentFilter());
        if (files.isEmpty()) {
            throw new NotFoundWithDetail(NO_FILES_FOUND + " (or none of them has a file on disk)");
        }
        StreamingOutput zip = output -> {
            try (ZipOutputStream archive = new ZipOutputStream(output)) {
                ZipEntryNames names = new ZipEntryNames();
                for (StoredFile file : files) {
                    try (InputStream in = Files.newInputStream(file.path())) {
                        archive.putNextEntry(new ZipEntry(names.next(file.filename())));
                        in.transferTo(archive);
                        archive.closeEntry();
                    } catch (NoSuchFileException vanished) {
                        // deleted since it was looked up: the archive goes on without it
                    }
                }
            }
        };
        return Response.ok(zip, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("documents.zip"))
                .header(NOSNIFF, "nosniff")
                .build();
    }

    private DocumentSummary visible(String id) {
        long documentId = RequestParameters.documentId(id);
        return queries.summary(documentId, caller.documentFilter())
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
    }

    private Map<Long, DocumentSummary> visibleById(List<Long> ids) {
        Map<Long, DocumentSummary> documents = queries.summaries(ids, caller.documentFilter()).stream()
                .collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        if (documents.isEmpty()) {
            throw new NotFoundWithDetail(NO_FILES_FOUND);
        }
        return documents;
    }

    private StoredFile storedFile(DocumentSummary document, String version) {
        FileVersion fileVersion = FileVersion.fromParameter(version == null || version.isBlank() ? "original"
                : version.strip()).orElseThrow(() -> new BadRequestException(ErrorMappers.detail(
                        Response.Status.BAD_REQUEST, "Invalid version parameter. Use 'original' or 'processed'")));
        Optional<StoredFile> file = queries.storedFile(document.id(), fileVersion, caller.documentFilter());
        if (file.isPresent()) {
            return file.get();
        }
        if (fileVersion == FileVersion.ORIGINAL) {
            throw new NotFoundWithDetail("Original file of file record " + document.id() + " not found on disk");
        }
        throw new NotFoundWithDetail("Processed file not found: file record " + document.id()
                + " has no processed PDF (processing status: " + document.processing().status().value() + ")");
    }

    private static Response.ResponseBuilder fileResponse(StoredFile file, String mediaType, String disposition) {
        StreamingOutput content = output -> {
            try (InputStream in = Files.newInputStream(file.path())) {
                in.transferTo(output);
            }
        };
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header(NOSNIFF, "nosniff");
    }

    /** The reference's {@code pagination} object, with absolute URLs of the neighbouring pages. */
    static PaginationDto pagination(int page, int perPage, long total, int pages, UriInfo uriInfo) {
        String next = page < pages ? pageUrl(uriInfo, page + 1) : null;
        String previous = page > 1 ? pageUrl(uriInfo, page - 1) : null;
        return new PaginationDto(page, perPage, total, pages, next, previous);
    }

    private static String pageUrl(UriInfo uriInfo, int page) {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }

    /** 404 with a detail saying what is missing (a file on disk, or every requested document). */
    static final class NotFoundWithDetail extends NotFoundException {
        private static final long serialVersionUID = 1L;

        NotFoundWithDetail(String detail) {
            super(ErrorMappers.detail(Response.Status.NOT_FOUND, detail));
        }
    }
}
