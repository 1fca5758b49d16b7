package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.LogLine;
import io.docuelevate.interfaces.rest.dto.FileLogsDto;
import io.docuelevate.interfaces.rest.dto.LogEntryDto;
import io.docuelevate.interfaces.rest.dto.TaskLogsDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/logs}: the processing history, as a filtered list (newest first), per document or per task
 * (oldest first, to read the processing flow). Task ids are UUIDs; anything else is refused with 422.
 */
@Path("logs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject
    DocumentQueries queries;

    @Inject
    CallerOwner caller;

    /** Log lines, newest first, optionally of one document ({@code file_id}) and/or one task ({@code task_id}). */
    @GET
    public List<LogEntryDto> list(
            @QueryParam("file_id") String fileId,
            @QueryParam("task_id") String taskId,
            @QueryParam("limit") String limit) {
        List<LogLine> lines = queries.logs(
                RequestParameters.optionalId("file_id", fileId),
                RequestParameters.optionalTaskId(taskId),
                RequestParameters.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                caller.documentFilter());
        return lines.stream().map(LogEntryDto::from).toList();
    }

    /** The whole log of one document; 404 when the document is unknown. */
    @GET
    @Path("file/{id}")
    public FileLogsDto fileLogs(@PathParam("id") String id) {
        long documentId = RequestParameters.documentId(id);
        return FileLogsDto.from(queries.documentLogs(documentId, caller.documentFilter())
                .orElseThrow(() -> new DocumentNotFoundException(documentId)));
    }

    /** The whole log of one task; 404 when the task logged nothing. */
    @GET
    @Path("task/{taskId}")
    public TaskLogsDto taskLogs(@PathParam("taskId") String taskId) {
        String task = RequestParameters.taskId(taskId);
        List<LogEntryDto> lines = queries.taskLogs(task, caller.documentFilter()).stream()
                .map(LogEntryDto::from)
                .toList();
        if (lines.isEmpty()) {
            throw new NotFoundException(
                    ErrorMappers.detail(Response.Status.NOT_FOUND, "No logs found for task " + task));
        }
        return new TaskLogsDto(task, lines, lines.size());
    }
}
