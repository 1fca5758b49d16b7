package io.docuelevate.application.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of requests allowed per window, written as the reference writes its limits
 * ({@code "100/minute"}, also {@code "10 per minute"} and {@code "10/5 minutes"}), so existing
 * {@code RATE_LIMIT_*} values keep working.
 *
 * @param permits requests allowed in one window (at least 1)
 * @param multiples how many units one window lasts
 * @param unit the window's unit
 */
public record RateLimit(long permits, long multiples, Unit unit) {

    /** The units the reference's limit strings use. */
    public enum Unit {
        SECOND(Duration.ofSeconds(1)),
        MINUTE(Duration.ofMinutes(1)),
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1));

        private final Duration length;

        Unit(Duration length) {
            this.length = length;
        }

        String word(long multiples) {
            String word = name().toLowerCase(Locale.ROOT);
            return multiples == 1 ? word : word + "s";
        }
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "(\\d{1,12})\\s*(?:/|\\s+per\\s+)\\s*(?:(\\d{1,9})\\s*)?(second|minute|hour|day)s?",
            Pattern.CASE_INSENSITIVE);

    public RateLimit {
        Objects.requireNonNull(unit, "unit");
        if (permits < 1 || multiples < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one request per at least one " + unit);
        }
    }

    /** A limit of {@code permits} per {@code seconds} seconds (the per-user upload window). */
    public static RateLimit perSeconds(long permits, long seconds) {
        return new RateLimit(permits, seconds, Unit.SECOND);
    }

    /**
     * Parses {@code "N/second|minute|hour|day"} (also {@code "N per unit"}, {@code "N/M units"}); throws
     * {@link InvalidSettingException} naming {@code setting} when the text is not such a limit.
     */
    public static RateLimit parse(String setting, String text) {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SYNTAX.matcher(value);
        if (matcher.matches()) {
            long permits = Long.parseLong(matcher.group(1));
            long multiples = matcher.group(2) == null ? 1 : Long.parseLong(matcher.group(2));
            if (permits >= 1 && multiples >= 1) {
                return new RateLimit(
                        permits, multiples, Unit.valueOf(matcher.group(3).toUpperCase(Locale.ROOT)));
            }
        }
        throw new InvalidSettingException(setting + " '" + value
                + "' is invalid: use N/second, N/minute, N/hour or N/day with N at least 1 (for example 100/minute)");
    }

    public Duration window() {
        return unit.length.multipliedBy(multiples);
    }

    /** {@code "10 per 1 minute"}: the wording of the reference's 429 detail. */
    public String describe() {
        return permits + " per " + multiples + " " + unit.word(multiples);
    }
}
