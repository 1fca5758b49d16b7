package io.docuelevate.interfaces.rest;

import io.docuelevate.application.identity.ApiTokens;
import io.docuelevate.application.identity.AuditLog;
import io.docuelevate.application.identity.IdentityException;
import io.docuelevate.application.identity.Logins;
import io.docuelevate.application.identity.UserAccounts;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.interfaces.rest.dto.DetailDto;
import io.docuelevate.interfaces.rest.dto.IdentityDtos;
import io.docuelevate.interfaces.rest.request.ApiTokenRequest;
import io.docuelevate.interfaces.rest.request.LocalUserChange;
import io.docuelevate.interfaces.rest.request.LocalUserRequest;
import io.docuelevate.interfaces.rest.request.PasswordChange;
import io.docuelevate.interfaces.security.CallerOwner;
import io.docuelevate.interfaces.security.CallerSession;
import io.docuelevate.interfaces.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Identity endpoints of the reference: {@code /api/auth/whoami}, {@code /api/api-tokens/}, local users for admins. */
public final class IdentityResources {

    private static final String TOKEN_BODY_REQUIRED = "a JSON body with the token's name is required";
    private static final String USER_BODY_REQUIRED = "a JSON body with username and password is required";
    private static final String CHANGE_BODY_REQUIRED = "a JSON body with is_active and/or is_admin is required";
    private static final String PASSWORD_BODY_REQUIRED = "a JSON body with the new password is required";

    private IdentityResources() {}

    static Caller requireCaller(CallerOwner owner) {
        return owner.caller().orElseThrow(() -> new IdentityException(401, "Not authenticated"));
    }

    /** {@code GET /api/auth/whoami}: who the caller is, plus the CSRF token of a browser session. */
    @Path("auth")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class AuthResource {
        @Inject
        CallerOwner owner;

        @Context
        HttpServletRequest request;

        @GET
        @Path("whoami")
        public IdentityDtos.WhoAmI whoami() {
            return IdentityDtos.WhoAmI.of(
                    requireCaller(owner), CallerSession.csrfToken(request).orElse(null));
        }
    }

    /** {@code /api/api-tokens/}: create (token shown once), list, revoke-then-delete, reactivate. */
    @Path("api-tokens")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class ApiTokensResource {
        @Inject
        CallerOwner owner;

        @Inject
        ApiTokens tokens;

        @Context
        HttpServletRequest request;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@NotNull(message = TOKEN_BODY_REQUIRED) @Valid ApiTokenRequest body) {
            Caller caller = requireCaller(owner);
            ApiTokens.Issued issued = tokens.create(
                    caller,
                    body.name().trim(),
                    body.expiresInDays(),
                    Boolean.TRUE.equals(body.adminScope()),
                    ClientAddress.of(request));
            return Response.status(Response.Status.CREATED)
                    .entity(IdentityDtos.IssuedToken.from(issued))
                    .build();
        }

        @GET
        public List<IdentityDtos.Token> list() {
            return tokens.list(requireCaller(owner).id()).stream()
                    .map(IdentityDtos.Token::from)
                    .toList();
        }

        @DELETE
        @Path("{id}")
        public DetailDto revoke(@PathParam("id") String id) {
            return new DetailDto(tokens.revokeOrDelete(requireCaller(owner), parseId(id), ClientAddress.of(request)));
        }

        @POST
        @Path("{id}/reactivate")
        public IdentityDtos.Token reactivate(@PathParam("id") String id) {
            return IdentityDtos.Token.from(
                    tokens.reactivate(requireCaller(owner), parseId(id), ClientAddress.of(request)));
        }
    }

    /** {@code /api/admin/users/local}: local accounts, for administrators (the path is admin-only). */
    @Path("admin/users/local")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class LocalUsersResource {
        @Inject
        CallerOwner owner;

        @Inject
        Logins logins;

        @Inject
        UserAccounts accounts;

        @Context
        HttpServletRequest request;

        @GET
        public List<IdentityDtos.User> list() {
            return logins.users().stream().map(IdentityDtos.User::from).toList();
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(@NotNull(message = USER_BODY_REQUIRED) @Valid LocalUserRequest body) {
            Caller caller = requireCaller(owner);
            LocalUser user = logins.createUser(
                    body.username(),
                    body.email(),
                    body.password(),
                    Boolean.TRUE.equals(body.isAdmin()),
                    caller,
                    ClientAddress.of(request));
            return Response.status(Response.Status.CREATED)
                    .entity(IdentityDtos.User.from(user))
                    .build();
        }

        /** Disables or enables the account and/or changes its role; never one's own, never the last admin. */
        @PATCH
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        public IdentityDtos.User change(
                @PathParam("id") String id, @NotNull(message = CHANGE_BODY_REQUIRED) @Valid LocalUserChange body) {
            return IdentityDtos.User.from(accounts.update(
                    parseId(id), body.isActive(), body.isAdmin(), requireCaller(owner), ClientAddress.of(request)));
        }

        @POST
        @Path("{id}/set-password")
        @Consumes(MediaType.APPLICATION_JSON)
        public IdentityDtos.User setPassword(
                @PathParam("id") String id, @NotNull(message = PASSWORD_BODY_REQUIRED) @Valid PasswordChange body) {
            return IdentityDtos.User.from(accounts.setPassword(
                    parseId(id), body.password(), requireCaller(owner), ClientAddress.of(request)));
        }
    }

    /**
     * {@code GET /api/audit-logs}: the audit trail, newest first, for administrators (the reference
     * leaves it open to every user; here it is admin-only).
     */
    @Path("audit-logs")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class AuditLogsResource {
        @Inject
        CallerOwner owner;

        @Inject
        AuditLog audit;

        @GET
        public List<IdentityDtos.AuditEntry> list(
                @QueryParam("action") String action, @QueryParam("limit") @DefaultValue("50") int limit) {
            if (!requireCaller(owner).isAdmin()) {
                throw new IdentityException(403, "Admin access required");
            }
            if (limit < 1 || limit > 500) {
                throw new IdentityException(422, "limit must be from 1 to 500");
            }
            return audit.recent(action, limit).stream()
                    .map(IdentityDtos.AuditEntry::from)
                    .toList();
        }
    }

    /** Identity refusals as {@code {"detail": ...}} with their status. */
    @Provider
    public static class IdentityErrors implements ExceptionMapper<IdentityException> {
        @Override
        public Response toResponse(IdentityException exception) {
            return ErrorMappers.detail(exception.status(), exception.getMessage());
        }
    }

    private static long parseId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IdentityException(422, "id must be a positive integer");
    }
}
