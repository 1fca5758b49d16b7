package io.docuelevate.interfaces.web;

import io.docuelevate.application.identity.UserPreferences;
import io.docuelevate.interfaces.security.AccessRules;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /language} from the layout's language switch ({@code language}, {@code next}, and the CSRF
 * token like every form): switches the session's language, keeps it with the user, and returns to the page.
 */
@WebServlet(name = "languageSwitch", urlPatterns = "/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = request.getParameter("language");
        if (tag == null || !UserPreferences.LANGUAGES.contains(tag)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown language");
            return;
        }
        language.choose(tag);
        response.sendRedirect(request.getContextPath() + AccessRules.safeNext(request.getParameter("next")));
    }
}
