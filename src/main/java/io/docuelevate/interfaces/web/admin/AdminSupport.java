package io.docuelevate.interfaces.web.admin;

import io.docuelevate.domain.identity.Caller;
import io.docuelevate.interfaces.security.CallerOwner;
import io.docuelevate.interfaces.security.ClientAddress;
import io.docuelevate.interfaces.web.ByteSizes;
import io.docuelevate.interfaces.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What every admin page bean needs besides its service: the signed-in administrator and their address for the
 * audit trail, the admin texts in the viewer's language, and dates and sizes formatted for that language.
 */
@RequestScoped
public class AdminSupport {

    private static final String BUNDLE = "io.docuelevate.interfaces.web.admin";

    @Inject
    CallerOwner owner;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageSelection language;

    /** The administrator acting; empty only when authentication is off (then nobody can be named in the audit). */
    public Optional<Caller> caller() {
        return owner.caller();
    }

    public String clientAddress() {
        return ClientAddress.of(request);
    }

    public Locale locale() {
        return language.getLocale();
    }

    /** A text of the admin bundle, its {@code {0}}… filled in. */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** Date and time in the server's zone, formatted for the viewer; empty for none. */
    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : dateTime(at.toInstant());
    }

    public String dateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(at.atZone(ZoneId.systemDefault()));
    }

    /** A byte count as the viewer reads it: {@code 1.5 MB}, {@code 1,5 MB}. */
    public String bytes(Long count) {
        if (count == null) {
            return "";
        }
        return ByteSizes.format(count, locale());
    }

    /** Marks the answer as not to be stored by the browser or a proxy (it shows a secret once). */
    public void noStore() {
        Object response = FacesContext.getCurrentInstance().getExternalContext().getResponse();
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Cache-Control", "no-store");
        }
    }
}
