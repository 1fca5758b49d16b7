package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.ApiToken;
import io.docuelevate.domain.identity.ApiTokenRepository;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Personal API tokens in the reference's contract: {@code de_} + 43 URL-safe characters, shown once,
 * only the SHA-256 hash kept, usage recorded, expiry, revoke then delete, reactivate. A token is an
 * admin token only when an administrator asked for the {@code admin} scope and still is an admin.
 */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "de_";
    public static final String ADMIN_SCOPE = "admin";
    static final int DISPLAY_PREFIX_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    LocalUserRepository localUsers;

    /** A new token: the entity and its plaintext, which is never stored and shown only now. */
    public record Issued(ApiToken token, String plaintext) {}

    @Transactional
    public Issued create(Caller owner, String name, Integer expiresInDays, boolean adminScope, String ip) {
        if (adminScope && !owner.isAdmin()) {
            throw new IdentityException(403, "Only administrators can create admin-scoped tokens");
        }
        String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        OffsetDateTime expires = expiresInDays == null
                ? null
                : OffsetDateTime.now(ZoneOffset.UTC).plusDays(expiresInDays);
        ApiToken token = new ApiToken(
                owner.id(),
                name,
                hash(plaintext),
                plaintext.substring(0, DISPLAY_PREFIX_LENGTH),
                adminScope ? ADMIN_SCOPE : null,
                expires);
        repository.add(token);
        audit.record(
                owner.username(),
                "api_token.create",
                "api_token",
                token.getId().toString(),
                ip,
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("admin_scope", adminScope)
                        .build()
                        .toString(),
                AuditEvent.Severity.INFO);
        return new Issued(token, plaintext);
    }

    @Transactional
    public List<ApiToken> list(String ownerId) {
        return repository.ownedBy(ownerId);
    }

    /** Revokes an active token; deletes a revoked one. Returns the reference's message. */
    @Transactional
    public String revokeOrDelete(Caller owner, long id, String ip) {
        ApiToken token = owned(owner, id);
        if (token.isActive()) {
            token.revoke(OffsetDateTime.now(ZoneOffset.UTC));
            audit.record(
                    owner.username(),
                    "api_token.revoke",
                    "api_token",
                    Long.toString(id),
                    ip,
                    null,
                    AuditEvent.Severity.INFO);
            return "Token revoked";
        }
        repository.remove(token);
        audit.record(
                owner.username(),
                "api_token.delete",
                "api_token",
                Long.toString(id),
                ip,
                null,
                AuditEvent.Severity.INFO);
        return "Token deleted";
    }

    @Transactional
    public ApiToken reactivate(Caller owner, long id, String ip) {
        ApiToken token = owned(owner, id);
        if (token.isActive()) {
            throw new IdentityException(400, "Token is already active");
        }
        if (token.getExpiresAt() != null && token.getExpiresAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new IdentityException(400, "Token has expired and cannot be reactivated");
        }
        token.reactivate();
        audit.record(
                owner.username(),
                "api_token.reactivate",
                "api_token",
                Long.toString(id),
                ip,
                null,
                AuditEvent.Severity.INFO);
        return token;
    }

    /**
     * The caller a presented token stands for, recording its use; empty when the token is unknown,
     * revoked or expired. {@code ownerIsAdmin} tells whether the owner still holds the admin role.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> authenticate(String presented, String ip, Predicate<String> ownerIsAdmin) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = repository.byHash(hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!token.isActive()
                || token.getExpiresAt() != null && token.getExpiresAt().isBefore(now)
                || ownerDisabled(token.getOwnerId())) {
            return Optional.empty();
        }
        token.used(now, ip);
        boolean admin = ADMIN_SCOPE.equals(token.getScopes()) && ownerIsAdmin.test(token.getOwnerId());
        Set<String> roles = admin ? Set.of(Caller.ROLE_USER, Caller.ROLE_ADMIN) : Set.of(Caller.ROLE_USER);
        return Optional.of(
                new Caller(token.getOwnerId(), token.getOwnerId(), roles, Caller.AuthMethod.API_TOKEN, token.getId()));
    }

    /** A disabled local user's tokens stop working with the account (and work again when it is enabled). */
    private boolean ownerDisabled(String ownerId) {
        return localUsers.byUsername(ownerId).filter(user -> !user.isActive()).isPresent();
    }

    private ApiToken owned(Caller owner, long id) {
        return repository
                .byId(id)
                .filter(token -> token.getOwnerId().equals(owner.id()))
                .orElseThrow(() -> new IdentityException(404, "Token not found"));
    }

    /** SHA-256 hex of a token: tokens carry 256 random bits, so a fast hash is enough to make the table useless. */
    public static String hash(String plaintext) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
