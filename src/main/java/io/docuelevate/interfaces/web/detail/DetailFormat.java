package io.docuelevate.interfaces.web.detail;

import io.docuelevate.interfaces.web.ByteSizes;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Dates, durations, sizes and texts of the detail pages in the viewer's language; Faces cannot format
 * {@code OffsetDateTime} itself, and a bundle key that is missing (a step name we have no words for) falls
 * back to the raw value instead of {@code ???key???}.
 */
final class DetailFormat {

    static final String BUNDLE = "io.docuelevate.interfaces.web.detail";

    private final Locale locale;
    private final ResourceBundle texts;

    DetailFormat(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** Date and time in the server's zone, medium date and short time; empty for none. */
    String dateTime(OffsetDateTime value) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(value.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** How long a step took: "0.4 s", "12 s", "3 min 5 s"; empty until it ended. */
    String duration(OffsetDateTime start, OffsetDateTime end) {
        if (start == null || end == null || end.isBefore(start)) {
            return "";
        }
        Duration took = Duration.between(start, end);
        if (took.toSeconds() < 60) {
            NumberFormat seconds = NumberFormat.getNumberInstance(locale);
            seconds.setMaximumFractionDigits(took.toSeconds() < 10 ? 1 : 0);
            return seconds.format(took.toMillis() / 1000.0) + " s";
        }
        return took.toMinutes() + " min " + took.toSecondsPart() + " s";
    }

    /** A file size in bytes as "1.2 MB". */
    String bytes(long size) {
        return ByteSizes.format(size, locale);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none. */
    String text(String key, String fallback) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The text for {@code key} with its {@code {0}} placeholders filled. */
    String text(String key, Object... arguments) {
        return new java.text.MessageFormat(text(key, key), locale).format(arguments);
    }
}
