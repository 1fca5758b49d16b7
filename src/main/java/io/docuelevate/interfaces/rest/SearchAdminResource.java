package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.ReindexJobs;
import io.docuelevate.application.search.SearchService;
import io.docuelevate.interfaces.rest.dto.ReindexDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/admin/search}: the engine's state and the {@code reindex} job. {@code POST reindex} starts a
 * rebuild from the database (or answers the one running) with 202; {@code GET reindex/{execution_id}} shows
 * its progress. Open for now; the security work restricts it to administrators.
 */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @Inject
    SearchService search;

    @Inject
    ReindexJobs jobs;

    /** Engine, documents indexed vs. indexable, engine health and the running reindex (or null). */
    @GET
    public Map<String, Object> status() {
        SearchService.Status status = search.status();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("engine", status.engine());
        answer.put("documents_indexed", status.indexed());
        answer.put("documents_in_database", status.indexable());
        answer.put("in_sync", status.indexed() != null && status.indexed() == status.indexable());
        answer.put("health", status.health().toJson());
        answer.put("reindex", jobs.running().map(ReindexDto::from).orElse(null));
        return answer;
    }

    /** Starts a reindex; {@code clear=true} empties the index first. */
    @POST
    @Path("reindex")
    public Response reindex(@QueryParam("clear") String clear) {
        boolean clearFirst = clear != null && !clear.isBlank() && parseBoolean(clear);
        return Response.status(Response.Status.ACCEPTED).entity(ReindexDto.from(jobs.start(clearFirst))).build();
    }

    @GET
    @Path("reindex/{executionId}")
    public ReindexDto progress(@PathParam("executionId") String executionId) {
        long id = RequestParameters.intInRange("execution_id", executionId, 0, 1, Integer.MAX_VALUE);
        return jobs.find(id).map(ReindexDto::from).orElseThrow(() -> new NotFoundException(
                Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                        .entity(Map.of("detail", "Reindex execution " + id + " not found")).build()));
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new UnprocessableRequestException("clear must be true or false, got '" + value + "'");
        };
    }
}
