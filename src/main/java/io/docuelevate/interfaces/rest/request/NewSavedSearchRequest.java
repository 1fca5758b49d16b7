package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;

/**
 * A saved search to create: {@code name} (required), {@code filters} (an object, empty when absent) and
 * {@code pinned} (false when absent). Name length and filter keys are the saved-search rules' business.
 */
public record NewSavedSearchRequest(
        @NotNull(message = "is required") String name, JsonValue filters, Boolean pinned) implements JsonRequest {}
