package io.docuelevate.application.identity;

import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.domain.identity.LocalUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

/**
 * Changes to local accounts by an administrator (the admin pages and {@code /api/admin/users/local/{id}}): disable
 * or enable, grant or take the admin role, set a new password. Nobody locks themselves out: an administrator cannot
 * disable or demote their own account, nor the last active administrator when no built-in administrator
 * ({@code ADMIN_PASSWORD}) is configured. Every change is audited.
 */
@ApplicationScoped
public class UserAccounts {

    @Inject
    LocalUserRepository users;

    @Inject
    PasswordHashing passwordHash;

    @Inject
    IdentitySettings settings;

    @Inject
    AuditLog audit;

    /** Sets the account's active flag and/or admin role (null leaves one as it is). */
    @Transactional
    public LocalUser update(long id, Boolean active, Boolean admin, Caller by, String ip) {
        if (active == null && admin == null) {
            throw new UserAccountException(
                    UserAccountException.Reason.NOTHING_TO_CHANGE, "send is_active and/or is_admin");
        }
        LocalUser user = find(id);
        boolean losesAdmin =
                user.isAdmin() && user.isActive() && (Boolean.FALSE.equals(active) || Boolean.FALSE.equals(admin));
        if (losesAdmin || Boolean.FALSE.equals(active)) {
            refuseOwnAccount(user, by);
        }
        if (losesAdmin && !settings.adminPassword().isPresent() && users.countActiveAdmins() <= 1) {
            throw new UserAccountException(
                    UserAccountException.Reason.LAST_ADMIN,
                    "the last active administrator cannot be disabled or demoted");
        }
        JsonObjectBuilder details = Json.createObjectBuilder();
        if (active != null) {
            user.setActive(active);
            details.add("is_active", active);
        }
        if (admin != null) {
            user.setAdmin(admin);
            details.add("is_admin", admin);
        }
        audit.record(
                by.username(),
                "user.update",
                "user",
                user.getUsername(),
                ip,
                details.build().toString(),
                AuditEvent.Severity.INFO);
        return user;
    }

    /** Gives the account a new password (the user's old one stops working at once). */
    @Transactional
    public LocalUser setPassword(long id, String password, Caller by, String ip) {
        Logins.checkPassword(password);
        LocalUser user = find(id);
        user.changePassword(passwordHash.hash(password.toCharArray()));
        audit.record(
                by.username(), "user.set_password", "user", user.getUsername(), ip, null, AuditEvent.Severity.INFO);
        return user;
    }

    private LocalUser find(long id) {
        return users.byId(id)
                .orElseThrow(() -> new UserAccountException(UserAccountException.Reason.NOT_FOUND, "User not found"));
    }

    private static void refuseOwnAccount(LocalUser user, Caller by) {
        if (user.getUsername().equals(by.username())) {
            throw new UserAccountException(
                    UserAccountException.Reason.OWN_ACCOUNT, "you cannot disable or demote your own account");
        }
    }
}
