package io.docuelevate.application.search;

import io.docuelevate.domain.search.SavedSearch;
import io.docuelevate.domain.search.SavedSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Saved searches with the reference's rules: a name of 1–{@value SavedSearch#MAX_NAME_LENGTH} characters,
 * unique per user (409), at most {@value #MAX_PER_USER} per user (409), filters restricted to the keys the
 * search and files pages use — unknown keys are dropped, filters with no known key are refused (422) — and
 * the list shows pinned searches first. Someone else's saved search is unknown (404). Checks run before and
 * between the repository's short transactions, so a refusal never rolls a transaction back (the unique
 * name constraint still guards against two concurrent creations).
 */
@ApplicationScoped
public class SavedSearches {

    public static final int MAX_PER_USER = 50;

    /** Filter keys a saved search may hold: the parameters of {@code GET /api/search} and {@code GET /api/files}. */
    public static final Set<String> FILTER_KEYS = Set.of(
            "q",
            "search",
            "mime_type",
            "document_type",
            "language",
            "tags",
            "sender",
            "correspondent",
            "text_quality",
            "date_from",
            "date_to",
            "sort_by",
            "sort_order",
            "per_page",
            "mode",
            "status",
            "storage_provider",
            "ocr_quality");

    @Inject
    SavedSearchRepository repository;

    /** A saved search as answered: its filters parsed back into a JSON object. */
    public record View(
            long id,
            String name,
            JsonObject filters,
            boolean pinned,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static View of(SavedSearch search) {
            return new View(
                    search.getId(),
                    search.getName(),
                    parse(search.getFilters()),
                    search.isPinned(),
                    search.getCreatedAt(),
                    search.getUpdatedAt());
        }
    }

    public List<View> list(String userId) {
        return repository.list(userId).stream().map(View::of).toList();
    }

    public View create(String userId, String name, JsonValue filters, boolean pinned) {
        String validName = validName(name);
        String validFilters = validFilters(filters);
        if (repository.nameTaken(userId, validName, null)) {
            throw duplicate(validName);
        }
        if (repository.count(userId) >= MAX_PER_USER) {
            throw new SavedSearchException(
                    SavedSearchException.Reason.CONFLICT,
                    "Maximum of " + MAX_PER_USER + " saved searches reached; delete one first");
        }
        return View.of(repository.add(new SavedSearch(userId, validName, validFilters, pinned)));
    }

    /** Changes the given parts ({@code null}: unchanged). */
    public View update(String userId, long id, String name, JsonValue filters, Boolean pinned) {
        SavedSearch search = repository.find(userId, id).orElseThrow(() -> notFound(id));
        if (name != null) {
            String validName = validName(name);
            if (!validName.equals(search.getName()) && repository.nameTaken(userId, validName, id)) {
                throw duplicate(validName);
            }
            search.rename(validName);
        }
        if (filters != null) {
            search.replaceFilters(validFilters(filters));
        }
        if (pinned != null) {
            search.pin(pinned);
        }
        return View.of(repository.update(search));
    }

    public void delete(String userId, long id) {
        repository.remove(repository.find(userId, id).orElseThrow(() -> notFound(id)));
    }

    public Optional<View> find(String userId, long id) {
        return repository.find(userId, id).map(View::of);
    }

    static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new SavedSearchException(SavedSearchException.Reason.INVALID, "name is required");
        }
        if (stripped.length() > SavedSearch.MAX_NAME_LENGTH) {
            throw new SavedSearchException(
                    SavedSearchException.Reason.INVALID,
                    "name must be at most " + SavedSearch.MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** The known filter keys with usable values (strings, numbers, booleans, lists of those), as JSON text. */
    static String validFilters(JsonValue filters) {
        if (!(filters instanceof JsonObject object)) {
            throw new SavedSearchException(SavedSearchException.Reason.INVALID, "filters must be a JSON object");
        }
        JsonObjectBuilder kept = Json.createObjectBuilder();
        int count = 0;
        for (String key : new TreeSet<>(object.keySet())) {
            JsonValue value = object.get(key);
            if (FILTER_KEYS.contains(key) && usable(value)) {
                if (longestText(value) > SearchService.MAX_QUERY_LENGTH) {
                    throw new SavedSearchException(
                            SavedSearchException.Reason.INVALID,
                            key + " must be at most " + SearchService.MAX_QUERY_LENGTH + " characters, as in a search");
                }
                kept.add(key, value);
                count++;
            }
        }
        if (count == 0) {
            throw new SavedSearchException(
                    SavedSearchException.Reason.INVALID,
                    "filters must contain at least one of: " + String.join(", ", new TreeSet<>(FILTER_KEYS)));
        }
        return kept.build().toString();
    }

    private static int longestText(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString().length();
        }
        return value instanceof JsonArray array
                ? array.stream().mapToInt(SavedSearches::longestText).max().orElse(0)
                : 0;
    }

    private static boolean usable(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING, NUMBER, TRUE, FALSE -> true;
            case ARRAY ->
                ((JsonArray) value).stream().allMatch(item -> switch (item.getValueType()) {
                    case STRING, NUMBER, TRUE, FALSE -> true;
                    default -> false;
                });
            default -> false;
        };
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static SavedSearchException duplicate(String name) {
        return new SavedSearchException(
                SavedSearchException.Reason.CONFLICT, "A saved search named '" + name + "' already exists");
    }

    private static SavedSearchException notFound(long id) {
        return new SavedSearchException(SavedSearchException.Reason.NOT_FOUND, "Saved search " + id + " not found");
    }
}
