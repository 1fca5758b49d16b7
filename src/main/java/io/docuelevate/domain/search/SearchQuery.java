package io.docuelevate.domain.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One search request as the engines understand it: the user's words, filters, order, page and — always —
 * whose documents the caller may see. Words are matched with stemming in German and English; text in double
 * quotes is a phrase; a word ending in {@code *} is a prefix.
 *
 * @param page    1-based page number
 * @param perPage hits per page
 */
public record SearchQuery(
        String text,
        Filters filters,
        SortBy sortBy,
        SortOrder sortOrder,
        int page,
        int perPage,
        Visibility visibility) {

    /** Deepest hit a query may page to (page × per_page); beyond it a page is empty but the total stays exact. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        filters = filters == null ? Filters.NONE : filters;
        sortBy = sortBy == null ? SortBy.RELEVANCE : sortBy;
        sortOrder = sortOrder == null ? SortOrder.DESC : sortOrder;
        Objects.requireNonNull(
                visibility, "visibility is required: every query is restricted to what the caller may see");
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage start at 1");
        }
    }

    /** Index of the first hit of the page. */
    public long offset() {
        return (long) (page - 1) * perPage;
    }

    /** Whether the page lies within {@link #MAX_RESULT_WINDOW}. */
    public boolean withinWindow() {
        return offset() < MAX_RESULT_WINDOW;
    }

    /** How many hits to collect to serve the page, capped by the window. */
    public int windowEnd() {
        return (int) Math.min(MAX_RESULT_WINDOW, offset() + perPage);
    }

    /** Orders a query can ask for (the reference's {@code sort_by} values). */
    public enum SortBy {
        RELEVANCE,
        CREATED_AT,
        FILE_SIZE,
        CONFIDENCE_SCORE;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<SortBy> fromParameter(String value) {
            for (SortBy sort : values()) {
                if (sort.parameter().equals(value)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    /** Sort direction; relevance is always best first. */
    public enum SortOrder {
        ASC,
        DESC;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<SortOrder> fromParameter(String value) {
            for (SortOrder order : values()) {
                if (order.parameter().equalsIgnoreCase(value)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The reference's {@code text_quality} buckets by text length in characters: {@code no_text} (&lt; 1),
     * {@code low} (1–499), {@code medium} (500–1999), {@code high} (≥ 2000).
     */
    public enum TextQuality {
        NO_TEXT(0, 1),
        LOW(1, 500),
        MEDIUM(500, 2000),
        HIGH(2000, Integer.MAX_VALUE);

        private final int minLength;
        private final int maxLengthExclusive;

        TextQuality(int minLength, int maxLengthExclusive) {
            this.minLength = minLength;
            this.maxLengthExclusive = maxLengthExclusive;
        }

        public int minLength() {
            return minLength;
        }

        public int maxLengthExclusive() {
            return maxLengthExclusive;
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<TextQuality> fromParameter(String value) {
            for (TextQuality quality : values()) {
                if (quality.parameter().equals(value)) {
                    return Optional.of(quality);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Exact-value filters (case-insensitive), each {@code null} when not asked for. All given tags must be
     * present. {@code createdFrom} and {@code createdTo} are inclusive. {@code correspondent} matches a value of
     * the {@code correspondent} facet exactly (as the facet answers it), so a facet value narrows a search.
     */
    public record Filters(
            String mimeType,
            String documentType,
            String language,
            List<String> tags,
            String sender,
            TextQuality textQuality,
            Instant createdFrom,
            Instant createdTo,
            String correspondent) {

        public static final Filters NONE = new Filters(null, null, null, List.of(), null, null, null, null, null);

        public Filters {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /**
     * Whose documents a caller may see. {@code owner} empty means every document (single-user mode); a value
     * means that owner's documents only, exactly like the database queries.
     */
    public record Visibility(Optional<String> owner) {

        public static Visibility all() {
            return new Visibility(Optional.empty());
        }

        public static Visibility ownedBy(String owner) {
            return new Visibility(Optional.of(owner));
        }

        public Visibility {
            Objects.requireNonNull(owner, "owner");
        }
    }
}
