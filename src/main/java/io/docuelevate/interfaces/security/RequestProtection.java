package io.docuelevate.interfaces.security;

import io.docuelevate.application.ratelimit.RateLimitDecision;
import io.docuelevate.application.ratelimit.RateLimiter;
import io.docuelevate.application.ratelimit.RequestProtectionSettings;
import io.docuelevate.application.ratelimit.UploadPressure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The protection rules applied to a request: security headers, body limits and rate limits, with the
 * settings parsed once. Used by the three servlet filters and, for the login route, by
 * {@link ProtectionAuthenticationDecorator} before the authentication mechanism reads credentials
 * (Jakarta Security authenticates before any filter runs).
 */
@ApplicationScoped
public class RequestProtection {

    /** Request attribute marking a request as already counted, so it is never counted twice. */
    static final String COUNTED = RequestProtection.class.getName() + ".counted";

    /** Request attribute holding the per-user upload window's check when this request took a place in it. */
    private static final String UPLOAD_PLACE = RequestProtection.class.getName() + ".uploadPlace";

    @Inject
    RequestProtectionSettings settings;

    @Inject
    RateLimiter limiter;

    @Inject
    UploadPressure uploadPressure;

    private Map<String, String> headers;
    private long maxUploadSize;
    private long maxRequestBodySize;
    private boolean rateLimiting;
    private RateLimitPolicy policy;
    private TrustedProxies proxies;

    @PostConstruct
    void configure() {
        headers = SecurityHeaders.from(settings);
        maxUploadSize = settings.maxUploadSize();
        maxRequestBodySize = settings.maxRequestBodySize();
        rateLimiting = settings.rateLimitingEnabled();
        policy = RateLimitPolicy.from(settings);
        proxies = TrustedProxies.parse(settings.trustedProxies());
    }

    /** The security headers to set on every response; empty when {@code SECURITY_HEADERS_ENABLED} is off. */
    Map<String, String> securityHeaders() {
        return headers;
    }

    /** The body limit for this request: {@code MAX_UPLOAD_SIZE} for multipart, {@code MAX_REQUEST_BODY_SIZE} otherwise. */
    BodyLimit bodyLimit(HttpServletRequest request) {
        return isMultipart(request)
                ? new BodyLimit(maxUploadSize, "MAX_UPLOAD_SIZE")
                : new BodyLimit(maxRequestBodySize, "MAX_REQUEST_BODY_SIZE");
    }

    static boolean isMultipart(HttpServletRequest request) {
        return contentType(request).startsWith("multipart/");
    }

    static boolean isForm(HttpServletRequest request) {
        return contentType(request).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Counts the request against its rate limits (once per request); answers 429 and returns {@code false}
     * when a limit is exceeded. A place taken in the per-user upload window is remembered on the request, so
     * {@link #releaseRefusedUpload} can give it back when the upload is not accepted after all.
     */
    boolean admitRate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!rateLimiting || request.getAttribute(COUNTED) != null) {
            return true;
        }
        String path = pathOf(request);
        if (RateLimitPolicy.exempt(path)) {
            return true;
        }
        request.setAttribute(COUNTED, Boolean.TRUE);
        Principal principal = request.getUserPrincipal();
        Optional<String> user =
                Optional.ofNullable(principal).map(Principal::getName).filter(name -> !name.isBlank());
        List<RateLimitPolicy.Check> checks = policy.checks(
                request.getMethod(),
                path,
                user,
                signInAccount(request, path),
                clientAddress(request),
                uploadPressure::limit);
        for (RateLimitPolicy.Check check : checks) {
            RateLimitDecision decision = check.perUserUpload()
                    ? limiter.acquire(check.key(), check.limit())
                    : limiter.hit(check.key(), check.limit());
            if (!decision.allowed()) {
                long retryAfter = decision.retryAfterSeconds();
                String detail = check.perUserUpload()
                        ? "Upload rate limit exceeded (" + decision.count() + "/" + decision.limit() + " in "
                                + check.limit().window().toSeconds() + "s). Retry after " + retryAfter + "s."
                        : "Rate limit exceeded: " + check.limit().describe();
                response.setHeader("Retry-After", Long.toString(retryAfter));
                JsonErrors.send(response, 429, detail);
                return false;
            }
            if (check.perUserUpload()) {
                request.setAttribute(UPLOAD_PLACE, check);
            }
        }
        return true;
    }

    /**
     * Gives the per-user upload window its place back when the server refused the upload (a status of 400 or
     * more, or an exception before it {@code completed}): the window counts accepted uploads, not attempts.
     */
    void releaseRefusedUpload(HttpServletRequest request, HttpServletResponse response, boolean completed) {
        if (request.getAttribute(UPLOAD_PLACE) instanceof RateLimitPolicy.Check place
                && (!completed || response.getStatus() >= 400)) {
            request.removeAttribute(UPLOAD_PLACE);
            limiter.release(place.key(), place.limit());
        }
    }

    /** The account a sign-in form names ({@code username}), read only for login attempts. */
    private static Optional<String> signInAccount(HttpServletRequest request, String path) {
        if (RateLimitPolicy.category(request.getMethod(), path) != RateLimitPolicy.Category.AUTH || !isForm(request)) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameter("username")).filter(name -> !name.isBlank());
    }

    /**
     * What must happen before the authentication mechanism handles a request: the security headers (its
     * own answers, a 401 or the login redirect, carry them too) and, for login attempts, the declared body
     * limit and the login rate limit, so credentials are neither parsed from an oversized body nor tried
     * more often than {@code RATE_LIMIT_AUTH} allows. Returns {@code false} when it answered the request.
     */
    boolean admitBeforeAuthentication(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ClientAddress.ATTRIBUTE, clientAddress(request));
        headers.forEach(response::setHeader);
        if (RateLimitPolicy.category(request.getMethod(), pathOf(request)) != RateLimitPolicy.Category.AUTH) {
            return true;
        }
        BodyLimit limit = bodyLimit(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.maxBytes()) {
            JsonErrors.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit.declaredMessage(declared));
            return false;
        }
        if (declared < 0 && isForm(request)) {
            sendLengthRequired(response);
            return false;
        }
        return admitRate(request, response);
    }

    static void sendLengthRequired(HttpServletResponse response) throws IOException {
        JsonErrors.send(
                response,
                HttpServletResponse.SC_LENGTH_REQUIRED,
                "Length required: form posts must declare their Content-Length");
    }

    /**
     * Whether the client reached the server over TLS: on the HTTPS port, or through a trusted proxy
     * ({@code TRUSTED_PROXIES}) that says so in {@code X-Forwarded-Proto} or {@code Forwarded}.
     */
    public boolean arrivedOverTls(HttpServletRequest request) {
        return request.isSecure() || proxies.forwardsTls(request.getRemoteAddr(), ForwardedProto.of(request));
    }

    /** The client's address, through trusted proxies only ({@code TRUSTED_PROXIES}). */
    public String clientAddress(HttpServletRequest request) {
        return proxies.clientAddress(
                request.getRemoteAddr(), headerValues(request, "Forwarded"), headerValues(request, "X-Forwarded-For"));
    }

    /** The path inside the application, decoded and normalised by the container ({@code /api/health}, {@code /auth}). */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    private static String contentType(HttpServletRequest request) {
        return request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    }

    private static List<String> headerValues(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }
}
