package io.docuelevate.interfaces.web.documents;

import io.docuelevate.application.documents.DocumentQueries.BrowseCriteria;
import io.docuelevate.application.documents.DocumentQueries.BrowseSort;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The documents page's query parameters, read leniently: a value that cannot be understood is dropped (and
 * named in {@link #problems()} so the page can say so) instead of failing the page, and links to other
 * sorts and pages are built from the same values, so the URL always holds the whole state.
 */
public final class ListRequest {

    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 200;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_TEXT = 255;

    /** Parameter names, in the order they appear in links. */
    static final List<String> NAMES =
            List.of("q", "status", "type", "correspondent", "tag", "from", "to", "sort", "order", "size", "page");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final BrowseCriteria criteria;

    /** Reads the parameters through {@code parameter} (a name to its first value, or {@code null}). */
    public ListRequest(Function<String, String> parameter) {
        for (String name : NAMES) {
            String value = parameter.apply(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        String text = text("q");
        DocumentStatus status = values.containsKey("status")
                ? DocumentStatus.fromValue(values.get("status")).orElseGet(() -> dropped("status"))
                : null;
        BrowseSort sort = values.containsKey("sort")
                ? BrowseSort.fromParameter(values.get("sort")).orElseGet(() -> dropped("sort"))
                : null;
        SortOrder order = values.containsKey("order")
                ? SortOrder.fromParameter(values.get("order")).orElseGet(() -> dropped("order"))
                : null;
        criteria = new BrowseCriteria(
                number("page", 1, MAX_PAGE, 1),
                number("size", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
                sort == null ? BrowseSort.CREATED_AT : sort,
                order == null ? SortOrder.DESC : order,
                text,
                status,
                text("type"),
                text("correspondent"),
                text("tag"),
                date("from"),
                date("to"));
    }

    public BrowseCriteria criteria() {
        return criteria;
    }

    /** Names of parameters whose values were not understood and are ignored. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The raw value of a parameter as the form shows it again; empty when absent or ignored. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** This list sorted by {@code sort}: ascending first, the other way when it already is sorted by it. */
    public String sortedBy(BrowseSort sort) {
        boolean flip = criteria.sortBy() == sort && criteria.sortOrder() == SortOrder.ASC;
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put("sort", sort.parameter());
        changed.put("order", flip ? "desc" : "asc");
        changed.remove("page");
        return query(changed);
    }

    /** This list at another page. */
    public String atPage(int page) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put("page", Integer.toString(page));
        return query(changed);
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        for (String name : NAMES) {
            String value = parameters.get(name);
            if (value != null) {
                query.append(query.length() == 0 ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private String text(String name) {
        String value = values.get(name);
        if (value != null && value.length() > MAX_TEXT) {
            return dropped(name);
        }
        return value;
    }

    private int number(String name, int min, int max, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like any value out of range
        }
        dropped(name);
        return fallback;
    }

    private LocalDate date(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return dropped(name);
        }
    }

    private <T> T dropped(String name) {
        values.remove(name);
        problems.add(name);
        return null;
    }
}
