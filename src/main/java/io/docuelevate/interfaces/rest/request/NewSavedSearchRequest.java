package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A saved search to create: {@code name} (required), {@code filters} (an object, empty when absent) and
 * {@code pinned} (false when absent). Name length and filter keys are the saved-search rules' business.
 */
public record NewSavedSearchRequest(
        @Schema(description = "1–100 characters") @NotNull(message = "is required")
        String name,

        @Schema(type = SchemaType.OBJECT, description = "the search's filters")
        JsonValue filters,

        @Schema(description = "shown first") Boolean pinned)
        implements JsonRequest {}
