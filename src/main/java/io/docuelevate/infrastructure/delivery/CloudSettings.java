package io.docuelevate.infrastructure.delivery;

import java.util.Map;
import java.util.Optional;

/** Reading an integration's settings and credentials: blank counts as unset, a missing required key is named. */
public final class CloudSettings {

    private CloudSettings() {}

    public static Optional<String> optional(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** @throws IllegalArgumentException naming {@code key} when it is missing or blank */
    public static String required(Map<String, String> values, String key) {
        return optional(values, key).orElseThrow(() -> new IllegalArgumentException(key + " is required"));
    }
}
