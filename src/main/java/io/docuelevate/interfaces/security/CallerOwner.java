package io.docuelevate.interfaces.security;

import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.domain.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Whose documents the current caller may see, handed to every document query, and whom new documents
 * belong to. With authentication on every caller sees only their own documents (per-user isolation);
 * with it off the server runs in the reference's single-user mode and documents have no owner.
 */
@RequestScoped
public class CallerOwner {

    /** Matches no stored owner: a query run without a caller returns nothing. */
    private static final String NOBODY = "\u0000";

    @Inject
    HttpServletRequest request;

    @Inject
    IdentitySettings settings;

    public Optional<Caller> caller() {
        return CallerSession.of(request);
    }

    /** The owner to restrict document queries to; empty means no restriction (auth off). */
    public Optional<String> documentFilter() {
        if (!settings.authEnabled()) {
            return Optional.empty();
        }
        return Optional.of(caller().map(Caller::id).orElse(NOBODY));
    }

    /** The owner of a document uploaded now: the caller, or none in single-user mode. */
    public String ownerOfNewDocuments() {
        return settings.authEnabled() ? caller().map(Caller::id).orElse(NOBODY) : null;
    }

    /** Whether the caller may read operational details (paths, hosts, errors): an admin, or anyone with auth off. */
    public boolean mayReadOperatorDetails() {
        return !settings.authEnabled() || caller().map(Caller::isAdmin).orElse(false);
    }
}
