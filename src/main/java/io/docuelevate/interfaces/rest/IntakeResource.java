package io.docuelevate.interfaces.rest;

import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.UnsupportedDocumentException;
import io.docuelevate.application.ingest.UploadInterruptedException;
import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.application.intake.InvalidIntakeException;
import io.docuelevate.application.intake.MachineIntake;
import io.docuelevate.interfaces.rest.dto.IntakeDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
 * Machine intake, {@code /api/intake/documents}: other systems post a file with {@code source} and an {@code
 * idempotency_key} (8–255 characters), authenticated like any API caller or by the shared secret header {@code
 * X-DocuElevate-Intake-Secret}; 202 with the intake record, a replay of the key answers the same record with {@code
 * duplicate: true}; a type the pipeline does not take is 415. {@code GET /{id}} answers a record of the caller's.
 */
@Path("intake/documents")
@RequestScoped
public class IntakeResource {

    static final String SOURCE = "source";
    static final String IDEMPOTENCY_KEY = "idempotency_key";
    static final String METADATA_JSON = "metadata_json";

    @Inject
    MachineIntake intake;

    @Inject
    IngestService ingest;

    @Inject
    CallerOwner caller;

    @Context
    HttpServletRequest request;

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
                                            requiredProperties = {SingleFileUpload.FILE_FIELD, SOURCE, IDEMPOTENCY_KEY},
                                            properties = {
                                                @SchemaProperty(
                                                        name = SingleFileUpload.FILE_FIELD,
                                                        type = SchemaType.STRING,
                                                        format = "binary",
                                                        description = "the document; exactly one per request"),
                                                @SchemaProperty(
                                                        name = SOURCE,
                                                        type = SchemaType.STRING,
                                                        description = "the sending system"),
                                                @SchemaProperty(
                                                        name = IDEMPOTENCY_KEY,
                                                        type = SchemaType.STRING,
                                                        minLength = 8,
                                                        maxLength = 255,
                                                        description = "replays with the same key answer the first"),
                                                @SchemaProperty(
                                                        name = METADATA_JSON,
                                                        type = SchemaType.STRING,
                                                        description = "optional JSON object, up to 1 KiB")
                                            })))
    public Response submit() {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            return ErrorMappers.detail(422, "Expected multipart/form-data with 'file', 'source' and 'idempotency_key'");
        }
        try {
            SingleFileUpload.Form<IngestService.StagedFile> form = SingleFileUpload.read(
                    request, Set.of(SOURCE, IDEMPOTENCY_KEY, METADATA_JSON), ingest::stage, ingest::discard);
            if (form.file() == null) {
                return ErrorMappers.detail(422, "Field 'file' is required");
            }
            MachineIntake.Submission submission = new MachineIntake.Submission(
                    form.fields().get(IDEMPOTENCY_KEY),
                    form.fields().get(SOURCE),
                    form.fields().get(METADATA_JSON),
                    form.filename());
            MachineIntake.Outcome outcome =
                    intake.submit(principal(), caller.ownerOfNewDocuments(), submission, form.file());
            return Response.accepted(IntakeDto.from(outcome.intake(), outcome.duplicate()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (UnsupportedDocumentException e) {
            return ErrorMappers.detail(Response.Status.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        } catch (UploadTooLargeException e) {
            return ErrorMappers.detail(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (InvalidIntakeException e) {
            return ErrorMappers.detail(422, e.getMessage());
        } catch (UploadInterruptedException | SingleFileUpload.BadUploadException e) {
            return ErrorMappers.refused(Response.Status.BAD_REQUEST, e.getMessage() + ". Nothing was stored.");
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("id") String id) {
        long intakeId;
        try {
            intakeId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new UnprocessableRequestException("intake id must be a positive integer, got '" + id + "'");
        }
        return intake.find(principal(), intakeId)
                .map(found -> Response.ok(IntakeDto.from(found, false)).build())
                .orElseGet(() -> ErrorMappers.detail(Response.Status.NOT_FOUND, "Intake not found"));
    }

    /** The principal intake keys belong to: the caller's owner id, {@code ""} in single-user mode. */
    private String principal() {
        return caller.documentFilter().orElse("");
    }
}
