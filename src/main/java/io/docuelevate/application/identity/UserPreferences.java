package io.docuelevate.application.identity;

import io.docuelevate.domain.identity.UserPreference;
import io.docuelevate.domain.identity.UserPreferenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The web interface's per-user choices: the language a user picked is kept with the user, so it
 * follows them to another browser; without a choice the browser's language applies.
 */
@ApplicationScoped
public class UserPreferences {

    /** The interface languages there are texts for. */
    public static final Set<String> LANGUAGES = Set.of("en", "de");

    @Inject
    UserPreferenceRepository preferences;

    /** The language this user chose, if any. */
    @Transactional
    public Optional<Locale> language(String ownerId) {
        return preferences
                .of(ownerId)
                .map(UserPreference::uiLanguage)
                .filter(LANGUAGES::contains)
                .map(Locale::forLanguageTag);
    }

    /** Keeps the user's language; an unknown tag is refused. */
    @Transactional
    public void chooseLanguage(String ownerId, String languageTag) {
        if (!LANGUAGES.contains(languageTag)) {
            throw new IllegalArgumentException("no interface texts in language " + languageTag);
        }
        Optional<UserPreference> existing = preferences.of(ownerId);
        if (existing.isPresent()) {
            existing.get().chooseLanguage(languageTag);
        } else {
            UserPreference created = new UserPreference(ownerId);
            created.chooseLanguage(languageTag);
            preferences.add(created);
        }
    }
}
