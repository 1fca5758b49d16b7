package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.domain.identity.LocalUserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Password logins: the built-in administrator ({@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD}, compared
 * in constant time) and local users (PBKDF2-HMAC-SHA512, 210 000 iterations, per-user salt). Every
 * attempt is audited; a failure never says which half was wrong.
 */
@ApplicationScoped
public class Logins {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,64}");

    @Inject
    IdentitySettings settings;

    @Inject
    PasswordHashing passwordHash;

    @Inject
    AuditLog audit;

    @Inject
    LocalUserRepository localUsers;

    /** Verified against when a user name is unknown, so timing does not reveal which names exist. */
    private String dummyHash;

    @PostConstruct
    void init() {
        dummyHash = passwordHash.hash("not-a-password".toCharArray());
    }

    /** The caller for a correct user name and password; empty otherwise. */
    @Transactional
    public Optional<Caller> login(String username, String password, String ip) {
        String name = username == null ? "" : username.trim();
        Optional<Caller> caller = verify(name, password == null ? "" : password);
        audit.record(
                caller.map(Caller::username).orElse(name.isEmpty() ? null : name),
                caller.isPresent() ? "login" : "login.failed",
                "user",
                null,
                ip,
                caller.isPresent() ? null : "{\"reason\":\"invalid credentials\"}",
                caller.isPresent() ? AuditEvent.Severity.INFO : AuditEvent.Severity.WARNING);
        return caller;
    }

    private Optional<Caller> verify(String username, String password) {
        Optional<String> adminPassword = settings.adminPassword();
        if (adminPassword.isPresent() && username.toLowerCase(Locale.ROOT).equals(settings.adminUsername())) {
            boolean ok = MessageDigest.isEqual(
                    adminPassword.get().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
            return ok ? Optional.of(adminCaller()) : Optional.empty();
        }
        Optional<LocalUser> found = localUsers.byUsername(username);
        if (found.isEmpty()) {
            passwordHash.verify(password.toCharArray(), dummyHash);
            return Optional.empty();
        }
        LocalUser user = found.get();
        if (!user.isActive()
                || user.getHashedPassword() == null
                || !passwordHash.verify(password.toCharArray(), user.getHashedPassword())) {
            return Optional.empty();
        }
        return Optional.of(callerOf(user));
    }

    /**
     * The caller for an identity an external party vouched for (a bearer JWT, an OpenID Connect login):
     * a user, and an administrator when its groups hold {@code ADMIN_GROUP_NAME}.
     */
    public Caller callerOf(ExternalIdentity identity, Caller.AuthMethod method) {
        Set<String> roles = new HashSet<>(Set.of(Caller.ROLE_USER));
        if (identity.groups().contains(settings.adminGroupName())) {
            roles.add(Caller.ROLE_ADMIN);
        }
        return new Caller(identity.subject(), identity.username(), roles, method, null);
    }

    /** Records a login completed by an external identity provider (OpenID Connect). */
    public void externalLogin(Caller caller, String ip) {
        audit.record(
                caller.username(), "login", "user", caller.id(), ip, "{\"method\":\"oidc\"}", AuditEvent.Severity.INFO);
    }

    /** Records an external login that could not be completed, with the reason (never a token). */
    public void failedExternalLogin(String reason, String ip) {
        audit.record(
                null,
                "login.failed",
                "user",
                null,
                ip,
                Json.createObjectBuilder()
                        .add("method", "oidc")
                        .add("reason", reason)
                        .build()
                        .toString(),
                AuditEvent.Severity.WARNING);
    }

    /** Records a logout in the audit log. */
    public void loggedOut(Caller caller, String ip) {
        audit.record(caller.username(), "logout", "user", null, ip, null, AuditEvent.Severity.INFO);
    }

    public Caller adminCaller() {
        return new Caller(
                settings.adminUsername(),
                settings.adminUsername(),
                Set.of(Caller.ROLE_ADMIN, Caller.ROLE_USER),
                Caller.AuthMethod.SESSION,
                null);
    }

    static Caller callerOf(LocalUser user) {
        Set<String> roles = user.isAdmin() ? Set.of(Caller.ROLE_ADMIN, Caller.ROLE_USER) : Set.of(Caller.ROLE_USER);
        return new Caller(user.getUsername(), user.getUsername(), roles, Caller.AuthMethod.SESSION, null);
    }

    /** Whether this owner id is (still) an administrator: the built-in admin or an active local admin. */
    @Transactional
    public boolean isAdmin(String ownerId) {
        if (ownerId.equals(settings.adminUsername())) {
            return true;
        }
        return localUsers.isActiveAdmin(ownerId);
    }

    /** Creates a local user (administrators only, checked by the caller of this method). */
    @Transactional
    public LocalUser createUser(String username, String email, String password, boolean admin, Caller by, String ip) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new UserAccountException(
                    UserAccountException.Reason.INVALID_NAME,
                    "username must be 3–64 characters of letters, digits, '_' or '-'");
        }
        if (username.toLowerCase(Locale.ROOT).equals(settings.adminUsername())) {
            throw new UserAccountException(
                    UserAccountException.Reason.RESERVED_NAME, "username is reserved for the built-in administrator");
        }
        checkPassword(password);
        if (localUsers.byUsername(username).isPresent()) {
            throw new UserAccountException(UserAccountException.Reason.NAME_TAKEN, "username already exists");
        }
        LocalUser user = new LocalUser(username, email, passwordHash.hash(password.toCharArray()), admin);
        localUsers.add(user);
        audit.record(
                by.username(),
                "user.create",
                "user",
                username,
                ip,
                "{\"is_admin\":" + admin + "}",
                AuditEvent.Severity.INFO);
        return user;
    }

    /** The password rule of local accounts: 8 to 128 characters. */
    static void checkPassword(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw new UserAccountException(
                    UserAccountException.Reason.WEAK_PASSWORD, "password must be 8–128 characters");
        }
    }

    @Transactional
    public List<LocalUser> users() {
        return localUsers.all();
    }
}
