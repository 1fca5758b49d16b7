package io.docuelevate.interfaces.web;

import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.domain.identity.Caller;
import io.docuelevate.interfaces.security.AccessRules;
import io.docuelevate.interfaces.security.CallerOwner;
import io.docuelevate.interfaces.security.CallerSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is looking at a page ({@code #{viewer}}): name and role for the layout, the CSRF token for forms and
 * scripts, and whose documents page beans may show (the same owner filter the REST resources use).
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    HttpServletRequest request;

    @Inject
    IdentitySettings settings;

    @Inject
    CallerOwner owner;

    public boolean isAuthEnabled() {
        return settings.authEnabled();
    }

    public boolean isSignedIn() {
        return owner.caller().isPresent();
    }

    /** The signed-in user's name; with authentication off there is no user. */
    public String getUsername() {
        return owner.caller().map(Caller::username).orElse("");
    }

    /** Admin pages are shown to administrators, and to everyone when authentication is off. */
    public boolean isAdmin() {
        return !settings.authEnabled() || owner.caller().map(Caller::isAdmin).orElse(false);
    }

    /** The session's CSRF token for forms ({@code csrf_token}) and scripts ({@code X-CSRF-Token}); empty without one. */
    public String getCsrfToken() {
        return CallerSession.csrfToken(request).orElse("");
    }

    /** This page's path and query inside the application, for forms that return to it (the language switch). */
    public String getCurrentPath() {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        String query = forwarded instanceof String
                ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        return AccessRules.safeNext(query == null ? path : path + "?" + query);
    }

    /** Whose documents this viewer may see; empty means everyone's (authentication off). */
    public Optional<String> documentFilter() {
        return owner.documentFilter();
    }

    /** The id preferences are kept under; empty for anonymous viewers. */
    public Optional<String> preferenceKey() {
        return owner.caller().map(Caller::id);
    }
}
