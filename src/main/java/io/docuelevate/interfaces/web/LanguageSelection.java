package io.docuelevate.interfaces.web;

import io.docuelevate.application.identity.UserPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages ({@code #{language.locale}} on every view): the one chosen in this session,
 * else the one kept with the user, else the best of the browser's languages we have texts for.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserPreferences preferences;

    @Inject
    transient Viewer viewer;

    private Locale chosen;
    private boolean storedLooked;

    public Locale getLocale() {
        if (chosen == null && !storedLooked) {
            Optional<String> key = viewer.preferenceKey();
            if (key.isPresent()) {
                storedLooked = true;
                chosen = preferences.language(key.get()).orElse(null);
            }
        }
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null
                ? Locale.ENGLISH
                : faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** The language tag of the page, for {@code <html lang>}. */
    public String getTag() {
        return getLocale().getLanguage();
    }

    /** Switches this session to a language and keeps it with the signed-in user. */
    void choose(String languageTag) {
        chosen = Locale.forLanguageTag(languageTag);
        viewer.preferenceKey().ifPresent(key -> preferences.chooseLanguage(key, languageTag));
    }
}
