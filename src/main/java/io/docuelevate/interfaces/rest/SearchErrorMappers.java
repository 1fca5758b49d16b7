package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.SavedSearchException;
import io.docuelevate.domain.search.SearchEngineException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Search refusals as HTTP answers in the reference's {@code {"detail": ...}} form. */
public final class SearchErrorMappers {

    private static final Logger LOG = Logger.getLogger(SearchErrorMappers.class.getName());

    private SearchErrorMappers() {}

    /** 503: the engine is down or refused; the client learns that search, not its query, is the problem. */
    @Provider
    public static class EngineUnavailable implements ExceptionMapper<SearchEngineException> {
        @Override
        public Response toResponse(SearchEngineException exception) {
            LOG.warning(() -> "search engine unavailable: " + exception.getMessage());
            return ErrorMappers.detail(
                    Response.Status.SERVICE_UNAVAILABLE, "Search engine unavailable: " + exception.getMessage());
        }
    }

    /** 422 invalid, 409 name taken or limit reached, 404 unknown (also someone else's). */
    @Provider
    public static class SavedSearchRefused implements ExceptionMapper<SavedSearchException> {
        @Override
        public Response toResponse(SavedSearchException exception) {
            int status = switch (exception.reason()) {
                case INVALID -> 422;
                case CONFLICT -> 409;
                case NOT_FOUND -> 404;
            };
            return ErrorMappers.detail(status, exception.getMessage());
        }
    }
}
