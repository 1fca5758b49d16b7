package io.docuelevate.interfaces.security;

import io.docuelevate.application.identity.OidcLogin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /login}: the sign-in form posting to {@code /auth}. Plain HTML without inline script, so
 * it works under the strict Content-Security-Policy; the caller's destination travels in {@code next}.
 */
@WebServlet(name = "loginPage", urlPatterns = "/login")
public class LoginPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OidcLogin oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String error = request.getParameter("error");
        String message = error == null
                ? ""
                : switch (error) {
                    case "csrf" -> "<p class=\"error\" role=\"alert\">Your session expired; please sign in again.</p>";
                    case "oidc" ->
                        "<p class=\"error\" role=\"alert\">Single sign-on did not complete; please try again.</p>";
                    default -> "<p class=\"error\" role=\"alert\">Invalid username or password.</p>";
                };
        if (oidc.configured()) {
            message += "<p><a href=\"" + request.getContextPath() + "/oauth-login\">Sign in with "
                    + escape(oidc.providerName()) + "</a></p>";
        }
        String next = escape(AccessRules.safeNext(request.getParameter("next")));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign in – DocuElevate</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body><main><h1>DocuElevate</h1>%s
                <form method="post" action="%s/auth">
                <label>Username <input name="username" autocomplete="username" required autofocus></label>
                <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
                <input type="hidden" name="next" value="%s">
                <button type="submit">Sign in</button></form></main></body></html>
                """.formatted(message, request.getContextPath(), next));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
