package io.docuelevate.interfaces.security;

import io.docuelevate.domain.identity.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** Where an authenticated caller lives during a request and in a browser session, with its CSRF token. */
public final class CallerSession {

    static final String REQUEST_ATTRIBUTE = "io.docuelevate.caller";
    static final String SESSION_CALLER = "io.docuelevate.session.caller";
    static final String SESSION_CSRF = "io.docuelevate.session.csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "csrf_token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CallerSession() {}

    /** The caller of this request, as the authentication mechanism established it. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    static void attach(HttpServletRequest request, Caller caller) {
        request.setAttribute(REQUEST_ATTRIBUTE, caller);
    }

    static Optional<Caller> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    /** Starts a fresh session for a caller who just logged in (new id: no session fixation). */
    static void start(HttpServletRequest request, Caller caller) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_CALLER, caller);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        session.setAttribute(
                SESSION_CSRF, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    /** The CSRF token of the caller's browser session, for pages and {@code /api/auth/whoami}. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_CSRF));
    }
}
