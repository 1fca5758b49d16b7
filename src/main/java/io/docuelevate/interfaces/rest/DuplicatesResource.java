package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroups;
import io.docuelevate.interfaces.rest.dto.DuplicateGroupsDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/duplicates}: groups of documents with identical bytes, largest groups first. */
@Path("duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    @Inject
    DocumentQueries queries;

    @Inject
    CallerOwner caller;

    @Context
    UriInfo uriInfo;

    /** One page of duplicate groups ({@code page} 1, {@code per_page} 25, at most 200). */
    @GET
    public DuplicateGroupsDto groups(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        int pageNumber = RequestParameters.intInRange("page", page, 1, 1, FileListParameters.MAX_PAGE);
        int pageSize = RequestParameters.intInRange(
                "per_page", perPage, FileListParameters.DEFAULT_PER_PAGE, 1, FileListParameters.MAX_PER_PAGE);
        DuplicateGroups groups = queries.duplicateGroups(pageNumber, pageSize, caller.documentFilter());
        return new DuplicateGroupsDto(
                groups.groups().stream().map(DuplicateGroupsDto.Group::from).toList(),
                groups.totalGroups(),
                groups.totalDuplicateFiles(),
                groups.page(),
                groups.perPage(),
                groups.pages(),
                FilesResource.pagination(
                        groups.page(), groups.perPage(), groups.totalGroups(), groups.pages(), uriInfo));
    }
}
