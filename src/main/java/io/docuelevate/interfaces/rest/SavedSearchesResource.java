package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.SavedSearches;
import io.docuelevate.interfaces.rest.dto.DetailDto;
import io.docuelevate.interfaces.rest.dto.SavedSearchDto;
import io.docuelevate.interfaces.rest.request.NewSavedSearchRequest;
import io.docuelevate.interfaces.rest.request.SavedSearchChangeRequest;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/saved-searches}: the caller's saved searches — list (pinned first), create (201), update and
 * delete — with the reference's limits and errors (see {@link SavedSearches}).
 */
@Path("saved-searches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SavedSearchesResource {

    private static final String OBJECT_REQUIRED = "Request body must be a JSON object";

    @Inject
    SavedSearches savedSearches;

    @Inject
    CallerOwner caller;

    @GET
    public List<SavedSearchDto> list() {
        return savedSearches.list(user()).stream().map(SavedSearchDto::from).toList();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(@NotNull(message = OBJECT_REQUIRED) @Valid NewSavedSearchRequest request) {
        JsonValue filters = request.filters() == null ? JsonValue.EMPTY_JSON_OBJECT : request.filters();
        SavedSearches.View created =
                savedSearches.create(user(), request.name(), filters, Boolean.TRUE.equals(request.pinned()));
        return Response.status(Response.Status.CREATED)
                .entity(SavedSearchDto.from(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public SavedSearchDto update(
            @PathParam("id") String id, @NotNull(message = OBJECT_REQUIRED) @Valid SavedSearchChangeRequest request) {
        long searchId = id(id);
        JsonValue filters = request.filters() == JsonValue.NULL ? null : request.filters();
        return SavedSearchDto.from(savedSearches.update(user(), searchId, request.name(), filters, request.pinned()));
    }

    @DELETE
    @Path("{id}")
    public DetailDto delete(@PathParam("id") String id) {
        savedSearches.delete(user(), id(id));
        return new DetailDto("Saved search deleted");
    }

    /** The owner key of saved searches: the caller's owner id, {@code ""} in single-user mode. */
    private String user() {
        return caller.documentFilter().orElse("");
    }

    private static long id(String value) {
        try {
            long id = Long.parseLong(value.trim());
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UnprocessableRequestException("saved search id must be a positive integer, got '" + value + "'");
    }
}
