package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.BulkDocumentOperations;
import io.docuelevate.application.documents.DocumentArchive;
import io.docuelevate.application.documents.DocumentCommands;
import io.docuelevate.application.documents.DocumentDetails;
import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.DocumentPreviews;
import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.FileVersion;
import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.application.documents.DocumentQueries.StoredFile;
import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.interfaces.rest.dto.BulkDeleteResultDto;
import io.docuelevate.interfaces.rest.dto.BulkReprocessResultDto;
import io.docuelevate.interfaces.rest.dto.DeleteResultDto;
import io.docuelevate.interfaces.rest.dto.FileDetailDto;
import io.docuelevate.interfaces.rest.dto.FileDto;
import io.docuelevate.interfaces.rest.dto.FileListDto;
import io.docuelevate.interfaces.rest.dto.MetadataCorrectionDto;
import io.docuelevate.interfaces.rest.dto.PaginationDto;
import io.docuelevate.interfaces.rest.dto.ReprocessResultDto;
import io.docuelevate.interfaces.rest.dto.RetryResultDto;
import io.docuelevate.interfaces.rest.request.DocumentIdsRequest;
import io.docuelevate.interfaces.rest.request.JsonRequests;
import io.docuelevate.interfaces.rest.request.RetryStepRequest;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/files}: the document list and detail, downloads and previews, and the document commands
 * (delete, reprocess, retry a step) one by one or in bulk, with the reference's paths, parameters and JSON.
 * Every document the caller cannot see answers 404, like one that does not exist.
 */
@Path("files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    static final String IDS_REQUIRED = "Request body must be a JSON array of file ids";
    static final String NOSNIFF = "X-Content-Type-Options";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** Replaces the pages' policy for an inline preview: no script, form, popup or same-origin access. */
    static final String PREVIEW_POLICY = "sandbox";

    /**
     * The policy of a PDF preview: the copy holds nothing to run, and browsers' PDF viewers stop working under
     * {@code sandbox} or a plugin ban, so it only keeps the page framable by the application's own pages.
     */
    static final String PDF_PREVIEW_POLICY = "frame-ancestors 'self'";

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentCommands commands;

    @Inject
    CallerOwner caller;

    @Inject
    DocumentDetails details;

    @Inject
    BulkDocumentOperations bulk;

    @Inject
    DocumentArchive archive;

    @Inject
    DocumentPreviews previews;

    @Context
    UriInfo uriInfo;

    /** A page of documents: filters, sort and pagination as in the reference. */
    @GET
    public FileListDto list(
            @QueryParam("page") String page,
            @QueryParam("per_page") String perPage,
            @QueryParam("sort_by") String sortBy,
            @QueryParam("sort_order") String sortOrder,
            @QueryParam("search") String search,
            @QueryParam("mime_type") String mimeType,
            @QueryParam("status") String status,
            @QueryParam("date_from") String dateFrom,
            @QueryParam("date_to") String dateTo) {
        ListCriteria criteria = FileListParameters.criteria(
                page, perPage, sortBy, sortOrder, search, mimeType, status, dateFrom, dateTo);
        Page<DocumentSummary> result = queries.list(criteria, caller.documentFilter());
        return new FileListDto(
                result.items().stream().map(FileDto::from).toList(),
                pagination(result.page(), result.perPage(), result.total(), result.pages(), uriInfo));
    }

    /** One document with its steps, logs and which files are on disk. */
    @GET
    @Path("{id}")
    public FileDetailDto detail(@PathParam("id") String id) {
        long documentId = RequestParameters.documentId(id);
        DocumentDetails.WithMetadata found = details.find(documentId, caller.documentFilter())
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        return FileDetailDto.from(found);
    }

    /**
     * {@code PUT /api/files/{id}/metadata}: the owner corrects the metadata (the 13 reference fields;
     * invalid values are normalised and reported in {@code corrections}); the PDF is enriched again and
     * renamed when the file name changes.
     */
    @PUT
    @Path("{id}/metadata")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description =
                                                    "One or more of the 13 reference fields; other keys are ignored",
                                            properties = {
                                                @SchemaProperty(name = "filename", type = SchemaType.STRING),
                                                @SchemaProperty(name = "empfaenger", type = SchemaType.STRING),
                                                @SchemaProperty(name = "absender", type = SchemaType.STRING),
                                                @SchemaProperty(name = "correspondent", type = SchemaType.STRING),
                                                @SchemaProperty(name = "kommunikationsart", type = SchemaType.STRING),
                                                @SchemaProperty(
                                                        name = "kommunikationskategorie",
                                                        type = SchemaType.STRING),
                                                @SchemaProperty(name = "document_type", type = SchemaType.STRING),
                                                @SchemaProperty(
                                                        name = "tags",
                                                        type = SchemaType.ARRAY,
                                                        implementation = String.class),
                                                @SchemaProperty(name = "language", type = SchemaType.STRING),
                                                @SchemaProperty(name = "title", type = SchemaType.STRING),
                                                @SchemaProperty(name = "confidence_score", type = SchemaType.INTEGER),
                                                @SchemaProperty(name = "reference_number", type = SchemaType.STRING),
                                                @SchemaProperty(
                                                        name = "monetary_amounts",
                                                        type = SchemaType.ARRAY,
                                                        implementation = String.class)
                                            })))
    public MetadataCorrectionDto correctMetadata(@PathParam("id") String id, String text) {
        JsonObject body = JsonRequests.object(text);
        long documentId = visible(id).id();
        if (body == null) {
            throw new UnprocessableRequestException("a JSON object with the metadata fields is required");
        }
        List<String> corrections = new ArrayList<>();
        DocumentMetadata metadata;
        try {
            metadata = MetadataJson.fromJson(body, corrections).withExtraction(DocumentMetadata.Extraction.NONE);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableRequestException(e.getMessage());
        }
        String processed = commands.correctMetadata(documentId, metadata);
        return new MetadataCorrectionDto("success", documentId, processed, corrections);
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
        return fileResponse(file, file.mediaType(), ContentDisposition.attachment(file.filename()))
                .build();
    }

    /**
     * The stored file for display in the browser. Only passive types (raster images, plain text, PDF) are sent
     * inline; anything that could run script in our origin (HTML, SVG, XML, unknown) is sent as a download. A PDF is
     * shown from a copy without script, actions, embedded files or media ({@link DocumentPreviews}); one no such
     * copy can be made of is a download. Other inline types carry {@code Content-Security-Policy: sandbox}, which
     * browsers' PDF viewers do not run under.
     */
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") String id, @QueryParam("version") String version) {
        StoredFile file = storedFile(visible(id), version);
        Optional<String> inlineType = PreviewMediaTypes.inlineType(file.mediaType());
        if (inlineType.filter("application/pdf"::equals).isPresent()) {
            return previews.passiveCopy(file)
                    .map(copy -> passivePdfResponse(file, copy))
                    .orElseGet(() -> fileResponse(
                                    file,
                                    MediaType.APPLICATION_OCTET_STREAM,
                                    ContentDisposition.attachment(file.filename()))
                            .build());
        }
        return inlineType
                .map(type -> fileResponse(file, type, ContentDisposition.inline(file.filename()))
                        .header(CONTENT_SECURITY_POLICY, PREVIEW_POLICY))
                .orElseGet(() -> fileResponse(
                        file, MediaType.APPLICATION_OCTET_STREAM, ContentDisposition.attachment(file.filename())))
                .build();
    }

    private Response passivePdfResponse(StoredFile file, java.nio.file.Path copy) {
        StreamingOutput content = output -> {
            try (InputStream in = Files.newInputStream(copy)) {
                in.transferTo(output);
            } finally {
                previews.discard(copy);
            }
        };
        return Response.ok(content, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(file.filename()))
                .header(NOSNIFF, "nosniff")
                .header(CONTENT_SECURITY_POLICY, PDF_PREVIEW_POLICY)
                .build();
    }

    /** Queues the whole pipeline again for the document. */
    @POST
    @Path("{id}/reprocess")
    public ReprocessResultDto reprocess(@PathParam("id") String id) {
        DocumentSummary document = visible(id);
        String taskId = commands.reprocess(document.id());
        return new ReprocessResultDto(
                "success", "File queued for reprocessing", document.id(), document.originalFilename(), taskId);
    }

    /**
     * Queues the pipeline again from one step. The step is named by the {@code subtask_name} query parameter
     * (the reference's form) or by a {@code {"subtask_name": ...}} body; the commands decide which names are valid.
     */
    @POST
    @Path("{id}/retry-subtask")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public RetryResultDto retrySubtask(
            @PathParam("id") String id, @QueryParam("subtask_name") String subtaskName, @Valid RetryStepRequest body) {
        String step = Optional.ofNullable(subtaskName)
                .filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(body).map(RetryStepRequest::subtaskName))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .orElseThrow(() -> new UnprocessableRequestException("subtask_name is required"));
        DocumentSummary document = visible(id);
        String taskId = commands.retryStep(document.id(), step);
        return new RetryResultDto(
                "success", "Pipeline step " + step + " queued for retry", document.id(), step, taskId);
    }

    /**
     * Queues each document of a JSON array of ids again. Ids that are unknown or cannot be queued are reported
     * in {@code errors} without failing the others; 404 only when none of the ids is a visible document.
     */
    @POST
    @Path("bulk-reprocess")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public BulkReprocessResultDto bulkReprocess(@NotNull(message = IDS_REQUIRED) @Valid DocumentIdsRequest request) {
        return BulkReprocessResultDto.from(bulk.reprocess(request.ids(), caller.documentFilter()));
    }

    /**
     * Deletes the documents of a JSON array of ids. 404 when none is visible; 409, deleting nothing, when any
     * of them is under legal hold; 403 when deletion is disabled. Unknown ids are listed in {@code not_found_ids}.
     */
    @POST
    @Path("bulk-delete")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public BulkDeleteResultDto bulkDelete(@NotNull(message = IDS_REQUIRED) @Valid DocumentIdsRequest request) {
        BulkDocumentOperations.BulkDelete result = bulk.delete(request.ids(), caller.documentFilter());
        return new BulkDeleteResultDto(
                "success",
                "Successfully deleted " + result.deleted().size() + " file records",
                result.deleted(),
                result.notFound());
    }

    /**
     * The files of a JSON array of ids as one ZIP, streamed to the client while it is written (see
     * {@link DocumentArchive}); 404 when no requested document has a file.
     */
    @POST
    @Path("bulk-download")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.WILDCARD)
    public Response bulkDownload(@NotNull(message = IDS_REQUIRED) @Valid DocumentIdsRequest request) {
        DocumentArchive.Contents contents = archive.contents(request.ids(), caller.documentFilter());
        StreamingOutput zip = contents::writeTo;
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

    private StoredFile storedFile(DocumentSummary document, String version) {
        FileVersion fileVersion = FileVersion.fromParameter(
                        version == null || version.isBlank() ? "original" : version.strip())
                .orElseThrow(() -> new BadRequestException(ErrorMappers.detail(
                        Response.Status.BAD_REQUEST, "Invalid version parameter. Use 'original' or 'processed'")));
        Optional<StoredFile> file = queries.storedFile(document.id(), fileVersion, caller.documentFilter());
        if (file.isPresent()) {
            return file.get();
        }
        if (fileVersion == FileVersion.ORIGINAL) {
            throw new NotFoundWithDetail("Original file of file record " + document.id() + " not found on disk");
        }
        throw new NotFoundWithDetail(
                "Processed file not found: file record " + document.id() + " has no processed PDF (processing status: "
                        + document.processing().status().value() + ")");
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
        return uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .build()
                .toString();
    }

    /** 404 with a detail saying what is missing (a file on disk, or every requested document). */
    static final class NotFoundWithDetail extends NotFoundException {
        private static final long serialVersionUID = 1L;

        NotFoundWithDetail(String detail) {
            super(ErrorMappers.detail(Response.Status.NOT_FOUND, detail));
        }
    }
}
