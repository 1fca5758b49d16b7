package io.docuelevate.interfaces.rest;

import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.application.intake.InvalidIntakeException;
import io.docuelevate.application.intake.UrlIngest;
import io.docuelevate.domain.intake.RemoteFetchException;
import io.docuelevate.interfaces.rest.dto.UrlUploadDto;
import io.docuelevate.interfaces.rest.request.ProcessUrlRequest;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/process-url} {@code {url, filename?}}: the server fetches the document (http and https only,
 * through the SSRF guard, within {@code MAX_UPLOAD_SIZE} and {@code HTTP_REQUEST_TIMEOUT}) and ingests it like an
 * upload. Refused target or type 400, upstream 4xx the same status (5xx → 502), unreachable 502, timeout 408, too
 * large 413.
 */
@Path("process-url")
@RequestScoped
public class ProcessUrlResource {

    @Inject
    UrlIngest urls;

    @Inject
    CallerOwner caller;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public Response processUrl(
            @NotNull(message = "Request body must be a JSON object with 'url'") @Valid ProcessUrlRequest request) {
        try {
            return Response.ok(UrlUploadDto.from(
                            urls.fetchAndIngest(request.url(), request.filename(), caller.ownerOfNewDocuments())))
                    .build();
        } catch (InvalidIntakeException e) {
            return ErrorMappers.refused(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (UploadTooLargeException e) {
            return ErrorMappers.detail(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (RemoteFetchException e) {
            return ErrorMappers.refused(statusOf(e), e.getMessage());
        }
    }

    static Response.Status statusOf(RemoteFetchException e) {
        return switch (e.reason()) {
            case REFUSED -> Response.Status.BAD_REQUEST;
            case TIMEOUT -> Response.Status.REQUEST_TIMEOUT;
            case UNREACHABLE -> Response.Status.BAD_GATEWAY;
            case UPSTREAM_STATUS -> {
                Response.Status upstream = Response.Status.fromStatusCode(e.upstreamStatus());
                yield e.upstreamStatus() >= 400 && e.upstreamStatus() < 500 && upstream != null
                        ? upstream
                        : Response.Status.BAD_GATEWAY;
            }
        };
    }
}
