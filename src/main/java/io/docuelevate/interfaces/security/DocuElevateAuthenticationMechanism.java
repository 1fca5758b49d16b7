package io.docuelevate.interfaces.security;

import io.docuelevate.application.identity.ApiTokens;
import io.docuelevate.application.identity.BearerTokenVerifier;
import io.docuelevate.application.identity.ExternalIdentity;
import io.docuelevate.application.identity.ExternalLoginException;
import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.application.identity.Logins;
import io.docuelevate.application.identity.OidcLogin;
import io.docuelevate.application.intake.SharedSecret;
import io.docuelevate.domain.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Jakarta Security mechanism for every way in: a browser session after the form login
 * ({@code POST /auth}, {@code POST /logout}), a personal API token ({@code Authorization: Bearer de_…})
 * or a JWT checked against the MicroProfile JWT settings ({@code mp.jwt.verify.*}: issuer, audiences,
 * public key or JWKS, pinned algorithm; see {@link BearerTokenVerifier}), and the OpenID Connect login
 * ({@code /oauth-login}, {@code /oauth-callback}; see {@link OidcLogin}). It only establishes who calls;
 * {@link AccessControlFilter} decides what they may reach. Invalid credentials are refused at once with
 * 401; missing ones are left to the filter.
 * Whenever this class writes the whole answer itself it returns {@code SEND_CONTINUE}, so the container
 * adds nothing to it (with {@code SEND_FAILURE} Liberty appends its own error body to a committed response).
 */
@ApplicationScoped
public class DocuElevateAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/auth";
    static final String LOGOUT_PATH = "/logout";
    static final String LOGIN_PAGE = "/login";
    static final String SIGN_OUT_PAGE = "/signout";
    private static final String FORGED_SIGN_IN =
            "Sign-in refused: it did not come from this server's sign-in page. Open the sign-in page and try again.";
    static final String OIDC_LOGIN_PATH = "/oauth-login";
    static final String OIDC_CALLBACK_PATH = "/oauth-callback";
    /** server.xml's {@code httpSession cookieName}: forgotten at sign-out, so a later visit is not "expired". */
    private static final String SESSION_COOKIE = "docuelevate_session";

    private static final String SESSION_OIDC = "io.docuelevate.session.oidc";

    /** The only paths the intake shared secret opens: submitting, and reading a submission's state. */
    private static final Pattern INTAKE_PATHS = Pattern.compile("/api/intake/documents(/[^/]+)?");

    @Inject
    IdentitySettings settings;

    @Inject
    ApiTokens tokens;

    @Inject
    Logins logins;

    @Inject
    BearerTokenVerifier bearerTokens;

    @Inject
    OidcLogin oidc;

    @Inject
    SharedSecret intakeSecret;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!settings.authEnabled()) {
            return context.doNothing();
        }
        String path = AccessRules.pathOf(request);
        try {
            if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
                return formLogin(request, response);
            }
            if (LOGOUT_PATH.equals(path)) {
                return logout(request, response);
            }
            if (OIDC_LOGIN_PATH.equals(path) && oidc.configured()) {
                return oidcLogin(request, response);
            }
            if (OIDC_CALLBACK_PATH.equals(path) && oidc.configured()) {
                return oidcCallback(request, response);
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Caller> session = CallerSession.fromSession(request);
        if (session.isPresent()) {
            return accept(request, context, session.get());
        }
        String authorization = request.getHeader("Authorization");
        String presentedSecret = request.getHeader(SharedSecret.HEADER);
        if (presentedSecret != null
                && authorization == null
                && INTAKE_PATHS.matcher(path).matches()) {
            return intakeSecret(request, response, context, presentedSecret);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String presented = authorization.substring(7).trim();
            Optional<Caller> caller = presented.startsWith(ApiTokens.PREFIX)
                    ? tokens.authenticate(presented, ClientAddress.of(request), logins::isAdmin)
                    : bearerTokens.verify(presented).map(identity -> logins.callerOf(identity, Caller.AuthMethod.JWT));
            if (caller.isEmpty()) {
                return refuse(response, "Invalid or expired credentials");
            }
            return accept(request, context, caller.get());
        }
        return context.doNothing();
    }

    /**
     * The machine-intake shared secret ({@code X-DocuElevate-Intake-Secret}), accepted on the intake paths only and
     * for this request only: the caller is {@code DOCUMENT_INTAKE_SHARED_OWNER_ID} with the user role. A wrong secret,
     * or any secret while none is configured, is refused with 401.
     */
    private AuthenticationStatus intakeSecret(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String presented) {
        Optional<String> owner = intakeSecret.ownerFor(presented);
        if (owner.isEmpty()) {
            return refuse(
                    response,
                    intakeSecret.configured()
                            ? "Invalid intake secret"
                            : "Shared-secret intake is not configured (DOCUMENT_INTAKE_SHARED_SECRET is unset)");
        }
        Caller caller =
                new Caller(owner.get(), owner.get(), Set.of(Caller.ROLE_USER), Caller.AuthMethod.INTAKE_SECRET, null);
        return accept(request, context, caller);
    }

    private AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        CallerSession.attach(request, caller);
        return context.notifyContainerAboutLogin(new CredentialValidationResult(caller.id(), caller.roles()));
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean wantsJson =
                Optional.ofNullable(request.getHeader("Accept")).orElse("").contains("application/json");
        if (CrossSiteRequests.fromAnotherSite(request, settings.publicBaseUrl())
                || (CrossSiteRequests.fromBrowser(request) && !CallerSession.loginTokenMatches(request))) {
            if (wantsJson) {
                writeJson(response, HttpServletResponse.SC_FORBIDDEN, detail(FORGED_SIGN_IN));
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=csrf");
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        Optional<Caller> caller = logins.login(
                request.getParameter("username"), request.getParameter("password"), ClientAddress.of(request));
        if (caller.isEmpty()) {
            if (wantsJson) {
                return refuse(response, "Invalid username or password");
            }
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=1");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        CallerSession.start(request, caller.get());
        if (wantsJson) {
            writeJson(
                    response,
                    HttpServletResponse.SC_OK,
                    Json.createObjectBuilder()
                            .add("status", "ok")
                            .add("username", caller.get().username())
                            .add("is_admin", caller.get().isAdmin())
                            .add("csrf_token", CallerSession.csrfToken(request).orElse(""))
                            .build()
                            .toString());
        } else {
            // sendRedirect, not a hand-set 303: Liberty's security runtime completes SEND_CONTINUE with the location
            // sendRedirect recorded, and answered 500 ("Location cannot be null") to a browser's form login otherwise.
            response.sendRedirect(request.getContextPath() + AccessRules.safeNext(request.getParameter("next")));
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Signing out is a form post with the session's CSRF token (the layout's sign-out button); any other request to
     * {@code /logout} while signed in, such as a link or another site's form, gets the page that asks to confirm.
     */
    private AuthenticationStatus logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = CallerSession.fromSession(request);
        if (caller.isPresent()
                && !("POST".equals(request.getMethod())
                        && CallerSession.csrfTokenMatches(request)
                        && !CrossSiteRequests.fromAnotherSite(request, settings.publicBaseUrl()))) {
            response.sendRedirect(request.getContextPath() + SIGN_OUT_PAGE);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            caller.ifPresent(c -> logins.loggedOut(c, ClientAddress.of(request)));
            session.invalidate();
        }
        Cookie forget = new Cookie(SESSION_COOKIE, "");
        forget.setMaxAge(0);
        forget.setPath("/");
        forget.setHttpOnly(true);
        response.addCookie(forget);
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Sends the browser to the OpenID Connect provider, remembering state, nonce and PKCE verifier. */
    private AuthenticationStatus oidcLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String base = settings.publicBaseUrl()
                        .orElseGet(() ->
                                request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())
                + request.getContextPath();
        OidcLogin.Pending pending = oidc.begin(base + OIDC_CALLBACK_PATH);
        try {
            String target = oidc.authorizationUrl(pending).toString();
            request.getSession(true).setAttribute(SESSION_OIDC, pending);
            response.sendRedirect(target);
        } catch (ExternalLoginException e) {
            logins.failedExternalLogin(e.getMessage(), ClientAddress.of(request));
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=oidc");
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Completes the OpenID Connect login: state check, code exchange, ID token verification, session. */
    private AuthenticationStatus oidcCallback(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(SESSION_OIDC);
        try {
            if (!(stored instanceof OidcLogin.Pending pending)
                    || !pending.state().equals(request.getParameter("state"))) {
                throw new ExternalLoginException("state does not match a login started here");
            }
            session.removeAttribute(SESSION_OIDC);
            if (request.getParameter("code") == null) {
                throw new ExternalLoginException("provider returned " + request.getParameter("error"));
            }
            ExternalIdentity identity = oidc.complete(pending, request.getParameter("code"));
            Caller caller = logins.callerOf(identity, Caller.AuthMethod.SESSION);
            logins.externalLogin(caller, ClientAddress.of(request));
            CallerSession.start(request, caller);
            response.sendRedirect(request.getContextPath() + "/");
        } catch (ExternalLoginException e) {
            logins.failedExternalLogin(e.getMessage(), ClientAddress.of(request));
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=oidc");
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer");
            writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, detail(detail));
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String detail(String text) {
        return Json.createObjectBuilder().add("detail", text).build().toString();
    }

    static void writeJson(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
        response.getWriter().flush();
    }
}
