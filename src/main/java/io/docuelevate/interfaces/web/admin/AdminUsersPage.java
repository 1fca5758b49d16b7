package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.identity.IdentityException;
import io.docuelevate.application.identity.Logins;
import io.docuelevate.application.identity.UserAccountException;
import io.docuelevate.application.identity.UserAccounts;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.domain.identity.LocalUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code /admin/users}: local accounts — create, disable and enable, make administrator or user, set a new
 * password — through {@link Logins} and {@link UserAccounts}, the services behind {@code /api/admin/users/local}.
 */
@Named("adminUsers")
@RequestScoped
public class AdminUsersPage {

    /** One account as the table shows it. */
    public record Row(long id, String username, boolean admin, boolean active, String created, boolean self) {}

    @Inject
    Logins logins;

    @Inject
    UserAccounts accounts;

    @Inject
    AdminSupport support;

    private List<Row> rows;
    private Notice notice;
    private String username;
    private String password;
    private boolean admin;
    private String resetUserId;
    private String newPassword;

    public List<Row> getRows() {
        if (rows == null) {
            String me = support.caller().map(Caller::username).orElse("");
            rows = logins.users().stream().map(user -> row(user, me)).toList();
        }
        return rows;
    }

    private Row row(LocalUser user, String me) {
        return new Row(
                user.getId(),
                user.getUsername(),
                user.isAdmin(),
                user.isActive(),
                support.dateTime(user.getCreatedAt()),
                user.getUsername().equals(me));
    }

    public String create() {
        act(by -> {
            logins.createUser(
                    username == null ? null : username.trim(), null, password, admin, by, support.clientAddress());
            notice = Notice.ok(support.text("users.created", username.trim()));
            username = null;
            admin = false;
        });
        password = null;
        return null;
    }

    public String toggleActive(long id, boolean active, String name) {
        act(by -> {
            accounts.update(id, !active, null, by, support.clientAddress());
            notice = Notice.ok(support.text(active ? "users.disabled" : "users.enabled", name));
        });
        return null;
    }

    public String toggleAdmin(long id, boolean isAdmin, String name) {
        act(by -> {
            accounts.update(id, null, !isAdmin, by, support.clientAddress());
            notice = Notice.ok(support.text(isAdmin ? "users.demoted" : "users.promoted", name));
        });
        return null;
    }

    public String resetPassword() {
        act(by -> {
            long id = parseId(resetUserId);
            String name = accounts.setPassword(id, newPassword, by, support.clientAddress())
                    .getUsername();
            notice = Notice.ok(support.text("users.passwordSet", name));
        });
        newPassword = null;
        return null;
    }

    private void act(Consumer<Caller> action) {
        var caller = support.caller();
        if (caller.isEmpty()) {
            notice = Notice.error(support.text("admin.signInNeeded"));
            return;
        }
        try {
            action.accept(caller.get());
        } catch (UserAccountException e) {
            notice = Notice.error(support.text("users.refused." + e.reason().name()));
        } catch (IdentityException e) {
            notice = Notice.error(support.text("users.refused", e.getMessage()));
        }
        rows = null;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new UserAccountException(UserAccountException.Reason.NOT_FOUND, "no user chosen");
        }
    }

    public Notice getNotice() {
        return notice;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public String getResetUserId() {
        return resetUserId;
    }

    public void setResetUserId(String resetUserId) {
        this.resetUserId = resetUserId;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
