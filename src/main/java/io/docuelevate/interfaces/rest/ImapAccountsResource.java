package io.docuelevate.interfaces.rest;

import io.docuelevate.application.mail.ImapAccountException;
import io.docuelevate.application.mail.ImapAccounts;
import io.docuelevate.interfaces.rest.dto.DetailDto;
import io.docuelevate.interfaces.rest.dto.ImapAccountDto;
import io.docuelevate.interfaces.rest.dto.TestResultDto;
import io.docuelevate.interfaces.rest.request.ImapAccountRequest;
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
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * {@code /api/imap-accounts}: the caller's own mailboxes — list, create (201), read, change, delete — and the
 * connection tests of a stored account ({@code POST /{id}/test}) and of unsaved settings ({@code POST /test}).
 * Passwords go in, never out ({@code has_password}); someone else's account is unknown (404).
 */
@Path("imap-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImapAccountsResource {

    private static final String OBJECT_REQUIRED = "Request body must be a JSON object";

    @Inject
    ImapAccounts accounts;

    @Inject
    CallerOwner caller;

    @GET
    public List<ImapAccountDto> list() {
        return accounts.list(owner()).stream().map(ImapAccountDto::from).toList();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(@NotNull(message = OBJECT_REQUIRED) @Valid ImapAccountRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(ImapAccountDto.from(accounts.create(owner(), request.input())))
                .build();
    }

    @POST
    @Path("test")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public TestResultDto testSettings(@NotNull(message = OBJECT_REQUIRED) @Valid ImapAccountRequest request) {
        return TestResultDto.from(accounts.test(request.input()));
    }

    @GET
    @Path("{id}")
    public ImapAccountDto get(@PathParam("id") String id) {
        return ImapAccountDto.from(accounts.get(owner(), id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public ImapAccountDto update(
            @PathParam("id") String id, @NotNull(message = OBJECT_REQUIRED) @Valid ImapAccountRequest request) {
        return ImapAccountDto.from(accounts.update(owner(), id(id), request.input()));
    }

    @DELETE
    @Path("{id}")
    public DetailDto delete(@PathParam("id") String id) {
        accounts.delete(owner(), id(id));
        return new DetailDto("IMAP account deleted");
    }

    @POST
    @Path("{id}/test")
    public TestResultDto test(@PathParam("id") String id) {
        return TestResultDto.from(accounts.test(owner(), id(id)));
    }

    /** The owner key of accounts: the caller's owner id, {@code ""} in single-user mode. */
    private String owner() {
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
        throw new UnprocessableRequestException("IMAP account id must be a positive integer, got '" + value + "'");
    }

    /** 422 invalid input, 404 unknown (also someone else's), 400 a failed connection. */
    @Provider
    public static class Refused implements ExceptionMapper<ImapAccountException> {
        @Override
        public Response toResponse(ImapAccountException exception) {
            int status = switch (exception.reason()) {
                case INVALID -> 422;
                case NOT_FOUND -> 404;
                case CONNECTION_FAILED -> 400;
            };
            return ErrorMappers.detail(status, exception.getMessage());
        }
    }
}
