package io.docuelevate.infrastructure.persistence;

/**
 * JPQL {@code LIKE} patterns built from user text, so that {@code %} and {@code _} in a search are matched
 * literally instead of acting as wildcards. Patterns use {@link #ESCAPE} as escape character; the query must
 * say {@code ESCAPE '!'} (a character with no special meaning in PostgreSQL or H2 string literals).
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {}

    /** The text with every LIKE wildcard and the escape character itself escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A pattern matching values that contain {@code text} literally. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** A pattern matching values that start with {@code prefix} literally. */
    public static String startsWith(String prefix) {
        return escape(prefix) + "%";
    }
}
