package io.docuelevate.interfaces.rest;

import io.docuelevate.interfaces.rest.dto.DetailDto;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as {@code {"detail": ...}} with the right status, never as a stack trace. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {}

    public static Response detail(Response.Status status, String detail) {
        return detail(status.getStatusCode(), detail);
    }

    public static Response detail(int status, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new DetailDto(detail))
                .build();
    }

    /**
     * A client's mistake that an operator may want to see (a broken upload): one log line without a stack trace,
     * below error level, and the answer {@code {"detail": ...}}.
     */
    public static Response refused(Response.Status status, String detail) {
        LOG.info(() -> "Request refused with " + status.getStatusCode() + ": " + detail);
        return detail(status, detail);
    }

    /** Client errors raised by resources or by JAX-RS itself (404 for unknown paths, 405, 415...). */
    @Provider
    public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            int status = original.getStatus();
            String reason = original.getStatusInfo().getReasonPhrase();
            Response.ResponseBuilder response = Response.fromResponse(original)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DetailDto(reason == null || reason.isBlank() ? "HTTP " + status : reason));
            return response.build();
        }
    }

    /**
     * A body that is not JSON, met by a JSON-P parameter ({@code JsonObject}) before the resource runs: 422 like
     * the request records' malformed bodies, instead of an unexpected error.
     */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException exception) {
            return detail(422, "Request body is not valid JSON");
        }
    }

    /** Anything unexpected: logged with a reference the caller can quote, answered without internals. */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new WebApplicationErrors().toResponse(web);
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error " + reference, exception);
            return detail(Response.Status.INTERNAL_SERVER_ERROR, "Internal server error (reference " + reference + ")");
        }
    }
}
