package io.docuelevate.interfaces.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsing of query parameters and path parameters into typed values (JSON bodies are request records). Parameters arrive
 * as text so that a malformed value is answered 422 with a message naming it (JAX-RS itself would answer
 * 404 for a query parameter that is not a number).
 */
public final class RequestParameters {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OFFSET_WITH_DECODED_PLUS = Pattern.compile(".*T.* \\d{2}:?\\d{2}$");

    private RequestParameters() {}

    /** A document id from the path: a positive integer. */
    public static long documentId(String value) {
        Optional<Long> id = parseLong(value);
        if (id.isEmpty() || id.get() < 1) {
            throw new UnprocessableRequestException("file_id must be a positive integer, got '" + value + "'");
        }
        return id.get();
    }

    /** An optional positive id parameter ({@code file_id=...}). */
    public static Optional<Long> optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> id = parseLong(value);
        if (id.isEmpty() || id.get() < 1) {
            throw new UnprocessableRequestException(name + " must be a positive integer, got '" + value + "'");
        }
        return id;
    }

    /** An integer parameter within {@code [min, max]}, {@code fallback} when absent. */
    public static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Optional<Long> number = parseLong(value);
        if (number.isEmpty() || number.get() < min || number.get() > max) {
            throw new UnprocessableRequestException(
                    name + " must be an integer from " + min + " to " + max + ", got '" + value + "'");
        }
        return number.get().intValue();
    }

    /** A task id: the reference only accepts UUIDs here, anything else is refused before querying. */
    public static String taskId(String value) {
        if (value == null || !UUID_FORMAT.matcher(value.trim()).matches()) {
            throw new UnprocessableRequestException("task_id must be a UUID, got '" + value + "'");
        }
        return value.trim();
    }

    /** An optional task id parameter. */
    public static Optional<String> optionalTaskId(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(taskId(value));
    }

    /**
     * The inclusive lower bound of {@code date_from}: an ISO date (start of that day, UTC), a local
     * date-time (UTC) or a date-time with offset.
     */
    public static Optional<OffsetDateTime> lowerBound(String name, String value) {
        return parseMoment(name, value).map(Moment::start);
    }

    /**
     * The exclusive upper bound of {@code date_to}: after the whole day for an ISO date, just after the given
     * instant for a date-time (one microsecond, the timestamp precision of the database).
     */
    public static Optional<OffsetDateTime> exclusiveUpperBound(String name, String value) {
        return parseMoment(name, value)
                .map(moment -> moment.dateOnly()
                        ? moment.start().plusDays(1)
                        : moment.start().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
    }

    private static Optional<Long> parseLong(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Moment> parseMoment(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        if (OFFSET_WITH_DECODED_PLUS.matcher(text).matches()) {
            // an unencoded '+' of the offset arrives as a space
            int space = text.lastIndexOf(' ');
            text = text.substring(0, space) + "+" + text.substring(space + 1);
        }
        try {
            if (!text.contains("T")) {
                return Optional.of(
                        new Moment(LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC), true));
            }
            try {
                return Optional.of(new Moment(OffsetDateTime.parse(text), false));
            } catch (DateTimeParseException withoutOffset) {
                return Optional.of(new Moment(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC), false));
            }
        } catch (DateTimeParseException e) {
            throw new UnprocessableRequestException(name + " must be an ISO date (2026-01-31) or date-time"
                    + " (2026-01-31T12:00:00Z), got '" + value + "'");
        }
    }

    private record Moment(OffsetDateTime start, boolean dateOnly) {}
}
