package io.docuelevate.infrastructure.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a {@code Content-Disposition} header gives ({@code filename*=UTF-8''…} preferred, then {@code filename=}). */
final class ContentDispositionName {

    private static final Pattern EXTENDED = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8''([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("(?i)filename\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private ContentDispositionName() {}

    static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return nonBlank(URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // fall back to the plain parameter
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            return nonBlank(plain.group(2) != null ? plain.group(2) : plain.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
