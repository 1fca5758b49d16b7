package io.docuelevate.interfaces.security;

import io.docuelevate.domain.identity.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
    public static final String LOGIN_FIELD = "login_token";
    private static final String SESSION_LOGIN = "io.docuelevate.session.login";

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
        session.setAttribute(SESSION_CSRF, newToken());
    }

    /**
     * The token of the sign-in form, kept in the (not yet signed-in) browser session the sign-in page opened: a
     * sign-in posted by a browser must carry it, so another site cannot sign a browser in as someone else.
     */
    public static String loginToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(SESSION_LOGIN) instanceof String token) {
            return token;
        }
        String token = newToken();
        session.setAttribute(SESSION_LOGIN, token);
        return token;
    }

    /** Whether the request presents the sign-in form's token of its session. */
    static boolean loginTokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String presented = request.getParameter(LOGIN_FIELD);
        return session != null
                && session.getAttribute(SESSION_LOGIN) instanceof String expected
                && sameToken(expected, presented);
    }

    /**
     * Whether the request presents its session's CSRF token: the header, or the field of a form post (never read
     * from another body, which would consume an upload).
     */
    static boolean csrfTokenMatches(HttpServletRequest request) {
        Optional<String> expected = csrfToken(request);
        String presented = request.getHeader(CSRF_HEADER);
        if (presented == null
                && request.getContentType() != null
                && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            presented = request.getParameter(CSRF_FIELD);
        }
        return expected.isPresent() && sameToken(expected.get(), presented);
    }

    /** Compares in constant time, so the answer's timing tells nothing of the token. */
    private static boolean sameToken(String expected, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The CSRF token of the caller's browser session, for pages and {@code /api/auth/whoami}. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_CSRF));
    }
}
