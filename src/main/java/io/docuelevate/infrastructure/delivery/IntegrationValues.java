package io.docuelevate.infrastructure.delivery;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a user integration's config and credentials maps (keys are the reference's setting names in lower case
 * without the vendor prefix: {@code host}, {@code port}, {@code password}, …) so every adapter rejects a missing or
 * malformed value the same way: an {@link IllegalArgumentException} naming the key, never quoting a secret.
 */
public final class IntegrationValues {

    private IntegrationValues() {}

    /** The value of {@code key}, stripped; fails when it is missing or blank. */
    public static String required(Map<String, String> values, String key) {
        String value = optional(values, key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return value;
    }

    /** The value of {@code key}, stripped, or the empty string. */
    public static String optional(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? "" : value.strip();
    }

    /** A TCP port (1 to 65535) under {@code key}, {@code fallback} when unset. */
    public static int port(Map<String, String> values, String key, int fallback) {
        String value = optional(values, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return checkedPort(key, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number between 1 and 65535, got '" + value + "'");
        }
    }

    /** {@code port} when it is a TCP port; otherwise fails naming {@code key}. */
    public static int checkedPort(String key, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(key + " must be a number between 1 and 65535, got " + port);
        }
        return port;
    }

    /** {@code true} or {@code false} (any case) under {@code key}, {@code fallback} when unset. */
    public static boolean flag(Map<String, String> values, String key, boolean fallback) {
        String value = optional(values, key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> fallback;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
        };
    }
}
