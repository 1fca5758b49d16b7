package io.docuelevate.interfaces.rest;

import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.UnsupportedDocumentException;
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
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * {@code POST /api/ui-upload} (multipart field {@code file}), the reference's upload contract plus a
 * {@code file_id}. The multipart body is parsed as a stream, so the file goes straight to disk.
 */
@Path("ui-upload")
@RequestScoped
public class UploadResource {

    static final String FILE_FIELD = "file";

    @Inject
    IngestService ingest;

    @Context
    HttpServletRequest request;

    @Inject
    CallerOwner caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload() {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            return ErrorMappers.detail(422, "Expected multipart/form-data with a 'file' field");
        }
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (!part.isFormField() && FILE_FIELD.equals(part.getFieldName())) {
                    try (InputStream content = part.getInputStream()) {
                        return Response.ok(UploadDto.from(
                                        ingest.ingest(content, part.getName(), caller.ownerOfNewDocuments())))
                                .build();
                    }
                }
            }
            return ErrorMappers.detail(422, "Field 'file' is required");
        } catch (UnsupportedDocumentException e) {
            return ErrorMappers.detail(Response.Status.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        } catch (UploadTooLargeException e) {
            return ErrorMappers.detail(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (FileUploadException e) {
            return ErrorMappers.detail(400, "Malformed multipart body: " + e.getMessage());
        } catch (IOException e) {
            return ErrorMappers.detail(400, "Upload interrupted: " + e.getMessage());
        }
    }
}
