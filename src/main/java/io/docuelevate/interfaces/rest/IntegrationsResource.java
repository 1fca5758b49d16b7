package io.docuelevate.interfaces.rest;

import io.docuelevate.application.watch.Integrations;
import io.docuelevate.interfaces.rest.dto.DetailDto;
import io.docuelevate.interfaces.rest.dto.IntegrationDto;
import io.docuelevate.interfaces.rest.dto.TestResultDto;
import io.docuelevate.interfaces.rest.request.IntegrationRequest;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * {@code /api/integrations}: the caller's own integrations (watched folders, destinations) — list, create (201),
 * read, update, delete and test; someone else's answer 404. See {@link Integrations}.
 */
@Path("integrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

    private static final String OBJECT_REQUIRED = "Request body must be a JSON object";

    @Inject
    Integrations integrations;

    @Inject
    CallerOwner caller;

    @GET
    public List<IntegrationDto> list() {
        return integrations.list(owner()).stream().map(IntegrationDto::from).toList();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(@NotNull(message = OBJECT_REQUIRED) @Valid IntegrationRequest request) {
        Integrations.View created = integrations.create(
                owner(),
                request.direction(),
                request.integrationType(),
                request.name(),
                request.config(),
                request.credentials(),
                request.isActive());
        return Response.status(Response.Status.CREATED)
                .entity(IntegrationDto.from(created))
                .build();
    }

    @GET
    @Path("{id}")
    public IntegrationDto get(@PathParam("id") String id) {
        return IntegrationDto.from(integrations.get(owner(), id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public IntegrationDto update(
            @PathParam("id") String id, @NotNull(message = OBJECT_REQUIRED) @Valid IntegrationRequest request) {
        long integrationId = id(id);
        Integrations.View current = integrations.get(owner(), integrationId);
        if (request.integrationType() != null
                && !request.integrationType().trim().equalsIgnoreCase(current.integrationType())) {
            throw new UnprocessableRequestException("integration_type cannot be changed; create a new integration");
        }
        if (request.direction() != null && !request.direction().trim().equalsIgnoreCase(current.direction())) {
            throw new UnprocessableRequestException("direction cannot be changed; create a new integration");
        }
        return IntegrationDto.from(integrations.update(
                owner(), integrationId, request.name(), request.config(), request.credentials(), request.isActive()));
    }

    /** Tests settings before saving them: {@code {success, message}}. */
    @POST
    @Path("test")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public TestResultDto testUnsaved(@NotNull(message = OBJECT_REQUIRED) @Valid IntegrationRequest request) {
        return TestResultDto.from(
                integrations.test(request.integrationType(), request.config(), request.credentials()));
    }

    /** Tests a stored integration: a destination connects and checks its folder, a watched folder is looked at. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.WILDCARD)
    public TestResultDto test(@PathParam("id") String id) {
        return TestResultDto.from(integrations.test(owner(), id(id)));
    }

    @DELETE
    @Path("{id}")
    public DetailDto delete(@PathParam("id") String id) {
        integrations.delete(owner(), id(id));
        return new DetailDto("Integration deleted");
    }

    /** The owner key of integrations: the caller's owner id, {@code ""} in single-user mode. */
    private String owner() {
        return caller.documentFilter().orElse("");
    }

    private static long id(String value) {
        return RequestParameters.optionalId("integration id", value)
                .orElseThrow(() -> new UnprocessableRequestException("integration id must be a positive integer"));
    }
}
