package io.docuelevate.domain.settings;

import java.util.Optional;

/** Settings stored in the database. */
public interface SettingsRepository {

    Optional<String> find(String key);

    /** Stores a value only when the key has none yet; returns whether it was stored. */
    boolean putIfAbsent(String key, String value);
}
