package io.docuelevate.application.system;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that keeps secrets out of every configuration view: a setting whose name holds PASSWORD, SECRET, TOKEN,
 * KEY or CREDENTIAL is shown only as set or not; a password in a URL ({@code postgresql://user:pass@host}) is
 * replaced wherever it appears. Deliberately broad: a masked harmless value costs less than a shown secret.
 */
public final class SecretMasking {

    /** What is shown instead of a secret; never hints at its length. */
    public static final String MASK = "********";

    private static final List<String> SECRET_WORDS =
            List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL");
    private static final Pattern URL_CREDENTIALS =
            Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)([^/@\\s:]*):([^@\\s]*)@");

    private SecretMasking() {}

    public static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }

    /** The value as it may be shown: the mask for secret names, else the value with URL passwords masked. */
    public static String mask(String name, String value) {
        if (value == null) {
            return null;
        }
        if (isSecretName(name)) {
            return MASK;
        }
        return maskUrlCredentials(value);
    }

    /** Replaces the password of every {@code scheme://user:password@} in the text. */
    public static String maskUrlCredentials(String text) {
        Matcher matcher = URL_CREDENTIALS.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    masked, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + ":" + MASK + "@"));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
