package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.NoVisibleDocumentsException;
import io.docuelevate.application.documents.OperationRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The document use cases' refusals as HTTP answers, in the reference's {@code {"detail": ...}} form. */
public final class DocumentErrorMappers {

    private DocumentErrorMappers() {}

    /** The reference's 404 text for a document that does not exist or is not visible. */
    public static String notFoundDetail(long documentId) {
        return "File record with ID " + documentId + " not found";
    }

    /** 404, also for other users' documents, so their existence is not revealed. */
    @Provider
    public static class NotFound implements ExceptionMapper<DocumentNotFoundException> {
        @Override
        public Response toResponse(DocumentNotFoundException exception) {
            return ErrorMappers.detail(Response.Status.NOT_FOUND, notFoundDetail(exception.fileId()));
        }
    }

    /** 404 for a bulk request none of whose documents is visible (or has what the operation needs). */
    @Provider
    public static class NoneVisible implements ExceptionMapper<NoVisibleDocumentsException> {
        @Override
        public Response toResponse(NoVisibleDocumentsException exception) {
            return ErrorMappers.detail(Response.Status.NOT_FOUND, exception.getMessage());
        }
    }

    /** 403 when disabled by configuration, 409 for a conflicting state (legal hold), 400 for an invalid request. */
    @Provider
    public static class Refused implements ExceptionMapper<OperationRefusedException> {
        @Override
        public Response toResponse(OperationRefusedException exception) {
            Response.Status status = switch (exception.reason()) {
                case DISABLED -> Response.Status.FORBIDDEN;
                case CONFLICT -> Response.Status.CONFLICT;
                case INVALID -> Response.Status.BAD_REQUEST;
            };
            return ErrorMappers.detail(status, exception.getMessage());
        }
    }

    /** 422 for parameters or bodies that do not validate. */
    @Provider
    public static class Unprocessable implements ExceptionMapper<UnprocessableRequestException> {
        @Override
        public Response toResponse(UnprocessableRequestException exception) {
            return ErrorMappers.detail(422, exception.getMessage());
        }
    }
}
