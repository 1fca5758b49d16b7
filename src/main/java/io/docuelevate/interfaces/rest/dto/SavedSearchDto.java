package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.search.SavedSearches;
import jakarta.json.JsonObject;

/** One saved search: {@code {id, name, filters, pinned, created_at, updated_at}}. */
public record SavedSearchDto(
        long id, String name, JsonObject filters, boolean pinned, String createdAt, String updatedAt) {

    public static SavedSearchDto from(SavedSearches.View view) {
        return new SavedSearchDto(
                view.id(),
                view.name(),
                view.filters(),
                view.pinned(),
                Timestamps.iso(view.createdAt()),
                Timestamps.iso(view.updatedAt()));
    }
}
