package io.docuelevate.interfaces.rest;

import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.UnsupportedDocumentException;
import io.docuelevate.application.ingest.UploadInterruptedException;
import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.interfaces.rest.dto.UploadDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code POST /api/ui-upload} (multipart field {@code file}), the reference's upload contract plus a
 * {@code file_id}. The multipart body is parsed as a stream, so the file goes straight to disk. One file per
 * request, as the reference answers one upload: a second {@code file} part is refused (400), not dropped.
 */
@Path("ui-upload")
@RequestScoped
public class UploadResource {

    @Inject
    IngestService ingest;

    @Context
    HttpServletRequest request;

    @Inject
    CallerOwner caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = SingleFileUpload.FILE_FIELD,
                                            properties =
                                                    @SchemaProperty(
                                                            name = SingleFileUpload.FILE_FIELD,
                                                            type = SchemaType.STRING,
                                                            format = "binary",
                                                            description = "the document; exactly one per request"))))
    public Response upload() {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            return ErrorMappers.detail(422, "Expected multipart/form-data with a 'file' field");
        }
        try {
            SingleFileUpload.Form<IngestService.StagedFile> form =
                    SingleFileUpload.read(request, Set.of(), ingest::stage, ingest::discard);
            if (form.file() == null) {
                return ErrorMappers.detail(422, "Field 'file' is required");
            }
            return Response.ok(
                            UploadDto.from(ingest.ingest(form.file(), form.filename(), caller.ownerOfNewDocuments())))
                    .build();
        } catch (UnsupportedDocumentException e) {
            return ErrorMappers.detail(Response.Status.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        } catch (UploadTooLargeException e) {
            return ErrorMappers.detail(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (UploadInterruptedException | SingleFileUpload.BadUploadException e) {
            return ErrorMappers.refused(Response.Status.BAD_REQUEST, e.getMessage() + ". Nothing was stored.");
        }
    }
}
