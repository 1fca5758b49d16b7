package io.docuelevate.interfaces.rest;

import io.docuelevate.application.search.SearchService;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchQuery.SortBy;
import io.docuelevate.domain.search.SearchQuery.SortOrder;
import io.docuelevate.domain.search.SearchQuery.TextQuality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/search} turned into a {@link SearchQuery}, with the reference's
 * limits: {@code q} required, 1–{@value #MAX_QUERY_LENGTH} characters; {@code per_page} 20 by default, at
 * most {@value #MAX_PER_PAGE}; {@code sort_by} relevance (default), created_at, file_size or confidence_score;
 * {@code sort_order} desc by default; {@code date_from}/{@code date_to} Unix seconds; {@code tags}
 * comma-separated (all must match); {@code correspondent} a value of the correspondent facet; {@code text_quality} no_text, low, medium or high; {@code mode} keyword,
 * semantic or hybrid (the last two fall back to keyword search: there are no embeddings yet). Anything else
 * is refused with 422 before the engine is asked.
 */
public final class SearchParameters {

    public static final int MAX_QUERY_LENGTH = SearchService.MAX_QUERY_LENGTH;
    public static final int DEFAULT_PER_PAGE = 20;
    public static final int MAX_PER_PAGE = 100;
    public static final int MAX_PAGE = 1_000_000;
    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,9})?");
    static final List<String> MODES = List.of("keyword", "semantic", "hybrid");

    private SearchParameters() {}

    /** The raw parameter values ({@code null} when absent). */
    public record Raw(
            String q,
            String mimeType,
            String documentType,
            String language,
            String tags,
            String sender,
            String textQuality,
            String dateFrom,
            String dateTo,
            String sortBy,
            String sortOrder,
            String page,
            String perPage,
            String mode,
            String correspondent) {}

    public static SearchQuery query(Raw raw, SearchQuery.Visibility visibility) {
        String text = raw.q() == null ? "" : raw.q().strip();
        if (text.isEmpty()) {
            throw new UnprocessableRequestException("q is required: 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new UnprocessableRequestException("q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        int page = RequestParameters.intInRange("page", raw.page(), 1, 1, MAX_PAGE);
        int perPage = RequestParameters.intInRange("per_page", raw.perPage(), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        SortBy sortBy = absent(raw.sortBy())
                ? SortBy.RELEVANCE
                : SortBy.fromParameter(raw.sortBy().strip())
                        .orElseThrow(() -> new UnprocessableRequestException("sort_by must be one of: "
                                + Arrays.stream(SortBy.values())
                                        .map(SortBy::parameter)
                                        .collect(Collectors.joining(", "))
                                + ", got '" + raw.sortBy() + "'"));
        SortOrder sortOrder = absent(raw.sortOrder())
                ? SortOrder.DESC
                : SortOrder.fromParameter(raw.sortOrder().strip())
                        .orElseThrow(() -> new UnprocessableRequestException(
                                "sort_order must be asc or desc, got '" + raw.sortOrder() + "'"));
        TextQuality quality = absent(raw.textQuality())
                ? null
                : TextQuality.fromParameter(raw.textQuality().strip())
                        .orElseThrow(() -> new UnprocessableRequestException("text_quality must be one of: "
                                + Arrays.stream(TextQuality.values())
                                        .map(TextQuality::parameter)
                                        .collect(Collectors.joining(", "))
                                + ", got '" + raw.textQuality() + "'"));
        if (!absent(raw.mode()) && !MODES.contains(raw.mode().strip().toLowerCase(Locale.ROOT))) {
            throw new UnprocessableRequestException(
                    "mode must be one of: " + String.join(", ", MODES) + ", got '" + raw.mode() + "'");
        }
        Instant from = unixSeconds("date_from", raw.dateFrom()).orElse(null);
        Instant to = unixSeconds("date_to", raw.dateTo()).orElse(null);
        List<String> tags = absent(raw.tags())
                ? List.of()
                : Arrays.stream(raw.tags().split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .toList();
        SearchQuery.Filters filters = new SearchQuery.Filters(
                present(raw.mimeType()),
                present(raw.documentType()),
                present(raw.language()),
                tags,
                present(raw.sender()),
                quality,
                from,
                to,
                present(raw.correspondent()));
        return new SearchQuery(text, filters, sortBy, sortOrder, page, perPage, visibility);
    }

    /** Unix time in seconds (fractions are cut); 422 for anything that is not a number. */
    static Optional<Instant> unixSeconds(String name, String value) {
        if (absent(value)) {
            return Optional.empty();
        }
        String text = value.strip();
        if (!UNIX_SECONDS.matcher(text).matches()) {
            throw new UnprocessableRequestException(name + " must be a Unix timestamp in seconds, got '" + value + "'");
        }
        try {
            long seconds = new BigDecimal(text).setScale(0, RoundingMode.FLOOR).longValueExact();
            return Optional.of(Instant.ofEpochSecond(seconds));
        } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
            throw new UnprocessableRequestException(name + " must be a Unix timestamp in seconds, got '" + value + "'");
        }
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    private static String present(String value) {
        return absent(value) ? null : value.strip();
    }
}
