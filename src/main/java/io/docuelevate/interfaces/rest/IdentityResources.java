package io.docuelevate.interfaces.rest;

import io.docuelevate.application.identity.ApiTokens;
import io.docuelevate.application.identity.IdentityException;
import io.docuelevate.application.identity.Logins;
import io.docuelevate.domain.identity.ApiToken;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.interfaces.security.CallerSession;
import io.docuelevate.interfaces.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import io.docuelevate.interfaces.rest.dto.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Identity endpoints of the reference: {@code /api/auth/whoami}, {@code /api/api-tokens/}, local users for admins. */
public final class IdentityResources {

    private IdentityResources() {
    }

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
        public Map<String, Object> whoami() {
            Caller caller = requireCaller(owner);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", caller.id());
            body.put("username", caller.username());
            body.put("is_admin", caller.isAdmin());
            body.put("auth_method", caller.method().name().toLowerCase(java.util.Locale.ROOT));
            CallerSession.csrfToken(request).ifPresent(token -> body.put("csrf_token", token));
            return body;
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
        public Response create(JsonObject body) {
            Caller caller = requireCaller(owner);
            if (body == null || !(body.get("name") instanceof jakarta.json.JsonString name)
                    || name.getString().isBlank() || name.getString().length() > 255) {
                throw new IdentityException(422, "name is required (1–255 characters)");
            }
            Integer days = null;
            JsonValue expires = body.get("expires_in_days");
            if (expires != null && expires.getValueType() != JsonValue.ValueType.NULL) {
                if (!(expires instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1
                        || number.intValue() > 3650) {
                    throw new IdentityException(422, "expires_in_days must be an integer from 1 to 3650");
                }
                days = number.intValue();
            }
            boolean admin = body.getBoolean("admin_scope", false);
            ApiTokens.Issued issued = tokens.create(caller, name.getString().trim(), days, admin, ClientAddress.of(request));
            Map<String, Object> json = tokenJson(issued.token());
            json.put("token", issued.plaintext());
            return Response.status(Response.Status.CREATED).entity(json).build();
        }

        @GET
        public List<Map<String, Object>> list() {
            return tokens.list(requireCaller(owner).id()).stream().map(IdentityResources::tokenJson).toList();
        }

        @DELETE
        @Path("{id}")
        public Map<String, String> revoke(@PathParam("id") String id) {
            return Map.of("detail", tokens.revokeOrDelete(requireCaller(owner), parseId(id), ClientAddress.of(request)));
        }

        @POST
        @Path("{id}/reactivate")
        public Map<String, Object> reactivate(@PathParam("id") String id) {
            return tokenJson(tokens.reactivate(requireCaller(owner), parseId(id), ClientAddress.of(request)));
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

        @Context
        HttpServletRequest request;

        @GET
        public List<Map<String, Object>> list() {
            return logins.users().stream().map(IdentityResources::userJson).toList();
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(JsonObject body) {
            Caller caller = requireCaller(owner);
            if (body == null) {
                throw new IdentityException(422, "a JSON body with username and password is required");
            }
            LocalUser user = logins.createUser(body.getString("username", null), body.getString("email", null),
                    body.getString("password", null), body.getBoolean("is_admin", false), caller, ClientAddress.of(request));
            return Response.status(Response.Status.CREATED).entity(userJson(user)).build();
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
        io.docuelevate.application.identity.AuditLog audit;

        @GET
        public List<Map<String, Object>> list(@jakarta.ws.rs.QueryParam("action") String action,
                                              @jakarta.ws.rs.QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit) {
            if (!requireCaller(owner).isAdmin()) {
                throw new IdentityException(403, "Admin access required");
            }
            if (limit < 1 || limit > 500) {
                throw new IdentityException(422, "limit must be from 1 to 500");
            }
            return audit.recent(action, limit).stream().map(event -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", event.getId());
                json.put("timestamp", Timestamps.iso(event.getOccurredAt()));
                json.put("user", event.getUsername());
                json.put("action", event.getAction());
                json.put("resource_type", event.getResourceType());
                json.put("resource_id", event.getResourceId());
                json.put("ip_address", event.getIpAddress());
                json.put("details", event.getDetails());
                json.put("severity", event.getSeverity());
                return json;
            }).toList();
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

    static Map<String, Object> tokenJson(ApiToken token) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", token.getId());
        json.put("name", token.getName());
        json.put("token_prefix", token.getTokenPrefix());
        json.put("is_active", token.isActive());
        json.put("admin_scope", ApiTokens.ADMIN_SCOPE.equals(token.getScopes()));
        json.put("created_at", Timestamps.iso(token.getCreatedAt()));
        json.put("expires_at", Timestamps.iso(token.getExpiresAt()));
        json.put("revoked_at", Timestamps.iso(token.getRevokedAt()));
        json.put("last_used_at", Timestamps.iso(token.getLastUsedAt()));
        json.put("last_used_ip", token.getLastUsedIp());
        return json;
    }

    static Map<String, Object> userJson(LocalUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.getId());
        json.put("username", user.getUsername());
        json.put("email", user.getEmail());
        json.put("is_admin", user.isAdmin());
        json.put("is_active", user.isActive());
        json.put("created_at", Timestamps.iso(user.getCreatedAt()));
        return json;
    }
}
