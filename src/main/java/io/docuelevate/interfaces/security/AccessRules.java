package io.docuelevate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Which paths need a caller and which need an administrator, in one place. Public: the login routes,
 * health and liveness probes, OpenAPI, static assets, the error pages and Liberty's own {@code /metrics} (a separate
 * application; {@code METRICS_AUTHENTICATION} decides whether it needs a login).
 * Everything else needs a caller; settings, backups, users, readiness and reindex need an admin.
 */
public final class AccessRules {

    private static final Set<String> PUBLIC_EXACT = Set.of(
            "/login",
            "/login.xhtml",
            "/language",
            "/auth",
            "/logout",
            "/oauth-login",
            "/oauth-callback",
            "/api/health",
            "/favicon.ico",
            "/health",
            "/metrics",
            "/openapi");
    private static final List<String> PUBLIC_PREFIXES = List.of(
            "/health/",
            "/metrics/",
            "/openapi/",
            "/api/diagnostic/healthz/",
            "/api/share/",
            "/static/",
            "/webjars/",
            "/errors/",
            "/jakarta.faces.resource/");
    private static final List<String> ADMIN_PREFIXES = List.of("/api/admin/", "/api/settings", "/admin/");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> BROWSER_EXTENSION_INGEST = Set.of("/api/process-url", "/api/ui-upload");

    private AccessRules() {}

    /**
     * The request path inside the application as the container dispatches it (decoded and normalised,
     * so {@code /api/diagnostic/healthz/../../files} is judged as {@code /api/files}).
     */
    public static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    public static boolean isPublic(String path) {
        return PUBLIC_EXACT.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    public static boolean isAdminOnly(String path) {
        return ADMIN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** State-changing methods that a cookie-authenticated browser request must back with a CSRF token. */
    public static boolean changesState(String method) {
        return !SAFE_METHODS.contains(method);
    }

    /**
     * The routes DocuElevate's browser extension posts to with the browser's session and no CSRF token: they accept
     * such a post when a browser extension sent it ({@link CrossSiteRequests#fromBrowserExtension}).
     */
    public static boolean acceptsBrowserExtensions(String path) {
        return BROWSER_EXTENSION_INGEST.contains(path);
    }

    /** Where to go after login: a local path only (never another site, never {@code //host}). */
    public static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
