package io.docuelevate.interfaces.web;

import io.docuelevate.application.identity.OidcLogin;
import io.docuelevate.interfaces.security.AccessRules;
import io.docuelevate.interfaces.security.CallerSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The sign-in page ({@code /login}): where to return afterwards, why the user is here, and single sign-on. */
@Named("loginPage")
@RequestScoped
public class LoginPage {

    @Inject
    HttpServletRequest request;

    @Inject
    OidcLogin oidc;

    /** The local page to return to after signing in (never another site). */
    public String getNext() {
        return AccessRules.safeNext(request.getParameter("next"));
    }

    /** The bundle key of the notice to show, or empty: a failed sign-in, an expired session, a failed SSO. */
    public String getNoticeKey() {
        String error = request.getParameter("error");
        if (error != null) {
            return switch (error) {
                case "csrf" -> "login.error.csrf";
                case "oidc" -> "login.error.oidc";
                default -> "login.error.credentials";
            };
        }
        return request.getParameter("expired") != null ? "login.expired" : "";
    }

    /** The sign-in form's token: a sign-in posted by a browser without it is refused (login CSRF). */
    public String getLoginToken() {
        return CallerSession.loginToken(request);
    }

    public boolean isOidcConfigured() {
        return oidc.configured();
    }

    public String getProviderName() {
        return oidc.providerName();
    }
}
