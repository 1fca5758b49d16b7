package io.docuelevate.domain.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What counts as a usable secret (production guide §3): {@code SESSION_SECRET} at least 32 characters,
 * {@code ADMIN_PASSWORD} at least 12, and neither a known placeholder copied from an example file.
 */
public final class SecretRules {

    public static final int MIN_SESSION_SECRET_LENGTH = 32;
    public static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    private static final List<String> PLACEHOLDERS = List.of(
            "changeme",
            "change-me",
            "change_me",
            "changethis",
            "your-secret",
            "yoursecret",
            "your_secret",
            "secret-key",
            "secretkey",
            "placeholder",
            "example",
            "insecure",
            "replace-me",
            "replaceme",
            "password",
            "default",
            "xxxxxxxx",
            "generate-",
            "todo");

    private SecretRules() {}

    /** Why {@code SESSION_SECRET} is unusable, or empty when it is fine. */
    public static Optional<String> sessionSecretProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("SESSION_SECRET is not set; generate one with: openssl rand -hex 32");
        }
        if (value.length() < MIN_SESSION_SECRET_LENGTH) {
            return Optional.of("SESSION_SECRET has " + value.length() + " characters, at least "
                    + MIN_SESSION_SECRET_LENGTH + " are required; generate one with: openssl rand -hex 32");
        }
        return placeholder(value)
                .map(p -> "SESSION_SECRET looks like a placeholder (contains '" + p
                        + "'); generate one with: openssl rand -hex 32");
    }

    /** Why {@code ADMIN_PASSWORD} is unusable, or empty when it is fine. */
    public static Optional<String> adminPasswordProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("ADMIN_PASSWORD is not set");
        }
        if (value.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            return Optional.of("ADMIN_PASSWORD has " + value.length() + " characters, at least "
                    + MIN_ADMIN_PASSWORD_LENGTH + " are required");
        }
        return placeholder(value).map(p -> "ADMIN_PASSWORD looks like a placeholder (contains '" + p + "')");
    }

    private static Optional<String> placeholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 2) {
            return Optional.of(value.substring(0, 1));
        }
        return PLACEHOLDERS.stream().filter(lower::contains).findFirst();
    }
}
