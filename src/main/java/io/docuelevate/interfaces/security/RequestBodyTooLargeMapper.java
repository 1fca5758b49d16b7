package io.docuelevate.interfaces.security;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A streamed body over its limit, seen by JAX-RS: answered 413 without the unexpected-error log entry.
 * {@link RequestBodyLimitFilter} then writes its own 413 in any case, also when a reader wrapped the
 * exception into something else.
 */
@Provider
public class RequestBodyTooLargeMapper implements ExceptionMapper<RequestBodyTooLargeException> {

    @Override
    public Response toResponse(RequestBodyTooLargeException exception) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("detail", exception.getMessage()))
                .build();
    }
}
