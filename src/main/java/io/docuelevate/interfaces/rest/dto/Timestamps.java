package io.docuelevate.interfaces.rest.dto;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as the API writes them: ISO-8601 in UTC with microseconds and a numeric offset, e.g.
 * {@code 2026-01-15T10:30:00.123456+00:00}, which is what the reference's Python {@code isoformat()} gives
 * and what both Python and JavaScript clients parse.
 */
public final class Timestamps {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Timestamps() {}

    /** The timestamp in the API's form, {@code null} for {@code null}. */
    public static String iso(OffsetDateTime timestamp) {
        return timestamp == null
                ? null
                : timestamp.withOffsetSameInstant(ZoneOffset.UTC).format(ISO);
    }
}
