package io.docuelevate.interfaces.security;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the session cookie {@code Secure} when the session starts on a request that came over TLS, directly or
 * through a trusted proxy. Liberty decides the attribute from one server-wide switch ({@code SESSION_COOKIE_SECURE}),
 * so without this a server reached over HTTPS would hand out a cookie the browser also sends in clear text. The switch
 * still forces it everywhere.
 *
 * <p>There is no standard API to change a cookie the container added. Liberty's own response offers public
 * {@code getCookies}, {@code removeCookie} and {@code addSessionCookie}; they are reached by reflection on the
 * unwrapped response. Where they are missing the cookie stays as Liberty made it, and a warning says so once.
 */
final class SecureSessionCookie {

    private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private SecureSessionCookie() {}

    /**
     * The request as the application should see it: when it came over TLS, a session it starts gets a {@code Secure}
     * cookie at once, before anything can commit the response.
     */
    static HttpServletRequest onTls(HttpServletRequest request, HttpServletResponse response, boolean overTls) {
        return overTls ? new MarkingRequest(request, response) : request;
    }

    /** Replaces a session cookie the response carries without {@code Secure} by the same cookie with it. */
    static void mark(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        Object container = containerResponse(response);
        try {
            Cookie[] cookies =
                    (Cookie[]) container.getClass().getMethod("getCookies").invoke(container);
            for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
                if (!cookie.getSecure() && (name == null || name.equals(cookie.getName()))) {
                    Cookie secure = (Cookie) cookie.clone();
                    secure.setSecure(true);
                    container.getClass().getMethod("removeCookie", String.class).invoke(container, cookie.getName());
                    Method add = container.getClass().getMethod("addSessionCookie", Cookie.class);
                    add.invoke(container, secure);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.log(
                        Level.WARNING,
                        "Could not mark the session cookie Secure on a TLS request ({0}); set SESSION_COOKIE_SECURE=true"
                                + " when the server is reached over HTTPS",
                        e.toString());
            }
        }
    }

    private static Object containerResponse(ServletResponse response) {
        ServletResponse current = response;
        while (current instanceof ServletResponseWrapper wrapper) {
            current = wrapper.getResponse();
        }
        return current;
    }

    /** A request that marks the cookie of a session it creates. */
    private static final class MarkingRequest extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        MarkingRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            boolean existed = create && super.getSession(false) != null;
            HttpSession session = super.getSession(create);
            if (create && !existed && session != null) {
                mark((HttpServletRequest) getRequest(), response);
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            mark((HttpServletRequest) getRequest(), response);
            return id;
        }
    }
}
