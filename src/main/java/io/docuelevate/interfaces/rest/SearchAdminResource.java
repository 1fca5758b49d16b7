package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.ReindexJobs;
import io.docuelevate.application.search.SearchService;
import io.docuelevate.interfaces.rest.dto.ReindexDto;
import io.docuelevate.interfaces.rest.dto.SearchStatusDto;
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
import java.util.Locale;

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
    public SearchStatusDto status() {
        return SearchStatusDto.from(
                search.status(), jobs.running().map(ReindexDto::from).orElse(null));
    }

    /** Starts a reindex; {@code clear=true} empties the index first. */
    @POST
    @Path("reindex")
    public Response reindex(@QueryParam("clear") String clear) {
        boolean clearFirst = clear != null && !clear.isBlank() && parseBoolean(clear);
        return Response.status(Response.Status.ACCEPTED)
                .entity(ReindexDto.from(jobs.start(clearFirst)))
                .build();
    }

    @GET
    @Path("reindex/{executionId}")
    public ReindexDto progress(@PathParam("executionId") String executionId) {
        long id = RequestParameters.intInRange("execution_id", executionId, 0, 1, Integer.MAX_VALUE);
        return jobs.find(id)
                .map(ReindexDto::from)
                .orElseThrow(() -> new NotFoundException(
                        ErrorMappers.detail(Response.Status.NOT_FOUND, "Reindex execution " + id + " not found")));
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new UnprocessableRequestException("clear must be true or false, got '" + value + "'");
        };
    }
}
