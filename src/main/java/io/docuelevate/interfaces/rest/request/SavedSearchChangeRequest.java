package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonValue;

/** Changes to a saved search: each absent (or null) field stays as it is. */
public record SavedSearchChangeRequest(String name, JsonValue filters, Boolean pinned) implements JsonRequest {}
