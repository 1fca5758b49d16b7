package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.SearchService;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.interfaces.rest.dto.SearchResultsDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/search}: full-text search in the reference's contract, restricted to the caller's
 * documents. When the engine cannot answer the response is 503 with the reason, never an empty result.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CallerOwner caller;

    @GET
    public SearchResultsDto search(
            @QueryParam("q") String q,
            @QueryParam("mime_type") String mimeType,
            @QueryParam("document_type") String documentType,
            @QueryParam("language") String language,
            @QueryParam("tags") String tags,
            @QueryParam("sender") String sender,
            @QueryParam("text_quality") String textQuality,
            @QueryParam("date_from") String dateFrom,
            @QueryParam("date_to") String dateTo,
            @QueryParam("sort_by") String sortBy,
            @QueryParam("sort_order") String sortOrder,
            @QueryParam("page") String page,
            @QueryParam("per_page") String perPage,
            @QueryParam("mode") String mode,
            @QueryParam("correspondent") String correspondent) {
        SearchQuery.Visibility visibility = new SearchQuery.Visibility(caller.documentFilter());
        SearchQuery query = SearchParameters.query(
                new SearchParameters.Raw(
                        q,
                        mimeType,
                        documentType,
                        language,
                        tags,
                        sender,
                        textQuality,
                        dateFrom,
                        dateTo,
                        sortBy,
                        sortOrder,
                        page,
                        perPage,
                        mode,
                        correspondent),
                visibility);
        return SearchResultsDto.from(search.search(query), query);
    }
}
