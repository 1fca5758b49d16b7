package io.docuelevate.interfaces.security;

import io.docuelevate.application.identity.AuditLog;
import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.domain.audit.AuditEvent;
import io.docuelevate.domain.identity.Caller;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Enforces {@link AccessRules} with the caller the authentication mechanism established: no caller →
 * 401 {@code {"detail": "Not authenticated"}} for the API, a redirect to the login page for pages (saying
 * when the session expired); a non-admin on an admin route → 403 (JSON for the API, the error page otherwise); a state-changing request authenticated by the session cookie
 * without the session's CSRF token (header {@code X-CSRF-Token} or form field) → 403. Bearer
 * requests carry no ambient credentials and need no CSRF token. State-changing admin requests are
 * audited. Nothing applies with auth off.
 */
@WebFilter(filterName = "accessControl", urlPatterns = "/*")
public class AccessControlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentitySettings settings;

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.authEnabled()) {
            chain.doFilter(request, response);
            return;
        }
        String path = AccessRules.pathOf(request);
        if (AccessRules.isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = AccessRules.isApi(path);
        Optional<Caller> caller = CallerSession.of(request);
        if (caller.isEmpty()) {
            if (api) {
                response.setHeader("WWW-Authenticate", "Bearer");
                DocuElevateAuthenticationMechanism.writeJson(
                        response, HttpServletResponse.SC_UNAUTHORIZED, detail("Not authenticated"));
            } else {
                String next = request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                response.sendRedirect(request.getContextPath() + DocuElevateAuthenticationMechanism.LOGIN_PAGE
                        + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                        + (expired ? "&expired=1" : ""));
            }
            return;
        }
        if (AccessRules.isAdminOnly(path) && !caller.get().isAdmin()) {
            if (api) {
                DocuElevateAuthenticationMechanism.writeJson(
                        response, HttpServletResponse.SC_FORBIDDEN, detail("Admin access required"));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if (caller.get().method() == Caller.AuthMethod.SESSION
                && AccessRules.changesState(request.getMethod())
                && !CallerSession.csrfTokenMatches(request)
                && !(AccessRules.acceptsBrowserExtensions(path) && CrossSiteRequests.fromBrowserExtension(request))) {
            if (api) {
                DocuElevateAuthenticationMechanism.writeJson(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        detail("CSRF token missing or invalid: send the X-CSRF-Token header"));
            } else {
                response.sendRedirect(
                        request.getContextPath() + DocuElevateAuthenticationMechanism.LOGIN_PAGE + "?error=csrf");
            }
            return;
        }
        chain.doFilter(request, response);
        if (AccessRules.isAdminOnly(path) && AccessRules.changesState(request.getMethod())) {
            audit.record(
                    caller.get().username(),
                    "admin." + request.getMethod().toLowerCase(Locale.ROOT),
                    "path",
                    path,
                    ClientAddress.of(request),
                    "{\"status\":" + response.getStatus() + "}",
                    AuditEvent.Severity.INFO);
        }
    }

    private static String detail(String text) {
        return Json.createObjectBuilder().add("detail", text).build().toString();
    }
}
