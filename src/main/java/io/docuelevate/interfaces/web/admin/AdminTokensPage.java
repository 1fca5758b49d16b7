package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.identity.ApiTokens;
import io.docuelevate.application.identity.IdentityException;
import io.docuelevate.domain.identity.ApiToken;
import io.docuelevate.domain.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code /admin/tokens}: the administrator's own API tokens through {@link ApiTokens}, the service behind
 * {@code /api/api-tokens}. A new token's plain text is on the answer to its creation and nowhere else.
 */
@Named("adminTokens")
@RequestScoped
public class AdminTokensPage {

    /** One token as the table shows it; {@code state} is active, revoked or expired. */
    public record Row(
            long id,
            String name,
            String prefix,
            boolean adminScope,
            String created,
            String lastUsed,
            String expires,
            String state) {}

    static final int MAX_DAYS = 3650;
    static final int MAX_NAME = 255;

    @Inject
    ApiTokens tokens;

    @Inject
    AdminSupport support;

    private List<Row> rows;
    private Notice notice;
    private String issued;
    private String name;
    private String expiresInDays;
    private boolean adminScope;

    public List<Row> getRows() {
        if (rows == null) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            rows = support.caller()
                    .map(caller -> tokens.list(caller.id()).stream()
                            .map(token -> row(token, now))
                            .toList())
                    .orElse(List.of());
        }
        return rows;
    }

    private Row row(ApiToken token, OffsetDateTime now) {
        String state = !token.isActive()
                ? "revoked"
                : token.getExpiresAt() != null && token.getExpiresAt().isBefore(now) ? "expired" : "active";
        return new Row(
                token.getId(),
                token.getName(),
                token.getTokenPrefix(),
                ApiTokens.ADMIN_SCOPE.equals(token.getScopes()),
                support.dateTime(token.getCreatedAt()),
                support.dateTime(token.getLastUsedAt()),
                support.dateTime(token.getExpiresAt()),
                state);
    }

    public String create() {
        Caller caller = support.caller().orElse(null);
        String tokenName = name == null ? "" : name.trim();
        Integer days = days();
        if (caller == null) {
            notice = Notice.error(support.text("admin.signInNeeded"));
        } else if (tokenName.isEmpty() || tokenName.length() > MAX_NAME) {
            notice = Notice.error(support.text("tokens.nameNeeded", MAX_NAME));
        } else if (days != null && (days < 1 || days > MAX_DAYS)) {
            notice = Notice.error(support.text("tokens.daysInvalid", MAX_DAYS));
        } else {
            issued = tokens.create(caller, tokenName, days, adminScope, support.clientAddress())
                    .plaintext();
            support.noStore();
            notice = Notice.ok(support.text("tokens.created", tokenName));
            name = null;
            expiresInDays = null;
            adminScope = false;
            rows = null;
        }
        return null;
    }

    /** The days entered, null for none, 0 for text that is not a whole number. */
    private Integer days() {
        if (expiresInDays == null || expiresInDays.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(expiresInDays.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Revokes an active token, deletes a revoked one. */
    public String revoke(long id, boolean active, String tokenName) {
        Caller caller = support.caller().orElse(null);
        if (caller == null) {
            notice = Notice.error(support.text("admin.signInNeeded"));
            return null;
        }
        try {
            tokens.revokeOrDelete(caller, id, support.clientAddress());
            notice = Notice.ok(support.text(active ? "tokens.revoked" : "tokens.deleted", tokenName));
        } catch (IdentityException e) {
            notice = Notice.error(support.text("tokens.notFound"));
        }
        rows = null;
        return null;
    }

    public Notice getNotice() {
        return notice;
    }

    /** The new token's plain text, only on the answer that created it. */
    public String getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(String expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public boolean isAdminScope() {
        return adminScope;
    }

    public void setAdminScope(boolean adminScope) {
        this.adminScope = adminScope;
    }
}
