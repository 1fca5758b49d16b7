package io.docuelevate.interfaces.rest;

import io.docuelevate.application.watch.IntegrationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Integration refusals as HTTP answers in the reference's {@code {"detail": ...}} form. */
public final class IntegrationErrorMappers {

    private IntegrationErrorMappers() {}

    /** 422 invalid or not supported, 404 unknown (also someone else's). */
    @Provider
    public static class IntegrationRefused implements ExceptionMapper<IntegrationException> {
        @Override
        public Response toResponse(IntegrationException exception) {
            int status = exception.reason() == IntegrationException.Reason.NOT_FOUND ? 404 : 422;
            return ErrorMappers.detail(status, exception.getMessage());
        }
    }
}
