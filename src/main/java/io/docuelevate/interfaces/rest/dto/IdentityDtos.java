package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.identity.ApiTokens;
import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.ApiToken;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Locale;

/** The answers of the identity endpoints: who am I, API tokens, local users and the audit trail. */
public final class IdentityDtos {

    private IdentityDtos() {}

    /** {@code GET /api/auth/whoami}; {@code csrf_token} only for a browser session. */
    public record WhoAmI(
            String id,
            String username,
            boolean isAdmin,
            String authMethod,
            @JsonbNillable(false) String csrfToken) {

        public static WhoAmI of(Caller caller, String csrfToken) {
            return new WhoAmI(
                    caller.id(),
                    caller.username(),
                    caller.isAdmin(),
                    caller.method().name().toLowerCase(Locale.ROOT),
                    csrfToken);
        }
    }

    /** An API token as listed: never its secret, only the prefix that identifies it. */
    public record Token(
            Long id,
            String name,
            String tokenPrefix,
            boolean isActive,
            boolean adminScope,
            String createdAt,
            String expiresAt,
            String revokedAt,
            String lastUsedAt,
            String lastUsedIp) {

        public static Token from(ApiToken token) {
            return new Token(
                    token.getId(),
                    token.getName(),
                    token.getTokenPrefix(),
                    token.isActive(),
                    ApiTokens.ADMIN_SCOPE.equals(token.getScopes()),
                    Timestamps.iso(token.getCreatedAt()),
                    Timestamps.iso(token.getExpiresAt()),
                    Timestamps.iso(token.getRevokedAt()),
                    Timestamps.iso(token.getLastUsedAt()),
                    token.getLastUsedIp());
        }
    }

    /** A token just created: the listed fields plus the plaintext {@code token}, shown this once. */
    public record IssuedToken(
            Long id,
            String name,
            String tokenPrefix,
            boolean isActive,
            boolean adminScope,
            String createdAt,
            String expiresAt,
            String revokedAt,
            String lastUsedAt,
            String lastUsedIp,
            String token) {

        public static IssuedToken from(ApiTokens.Issued issued) {
            Token listed = Token.from(issued.token());
            return new IssuedToken(
                    listed.id(),
                    listed.name(),
                    listed.tokenPrefix(),
                    listed.isActive(),
                    listed.adminScope(),
                    listed.createdAt(),
                    listed.expiresAt(),
                    listed.revokedAt(),
                    listed.lastUsedAt(),
                    listed.lastUsedIp(),
                    issued.plaintext());
        }
    }

    /** A local account, without its password hash. */
    public record User(Long id, String username, String email, boolean isAdmin, boolean isActive, String createdAt) {

        public static User from(LocalUser user) {
            return new User(
                    user.getId(),
                    user.getUsername(),
                    user.getEmail(),
                    user.isAdmin(),
                    user.isActive(),
                    Timestamps.iso(user.getCreatedAt()));
        }
    }

    /** One entry of the audit trail. */
    public record AuditEntry(
            Long id,
            String timestamp,
            String user,
            String action,
            String resourceType,
            String resourceId,
            String ipAddress,
            String details,
            String severity) {

        public static AuditEntry from(AuditEvent event) {
            return new AuditEntry(
                    event.getId(),
                    Timestamps.iso(event.getOccurredAt()),
                    event.getUsername(),
                    event.getAction(),
                    event.getResourceType(),
                    event.getResourceId(),
                    event.getIpAddress(),
                    event.getDetails(),
                    event.getSeverity());
        }
    }
}
