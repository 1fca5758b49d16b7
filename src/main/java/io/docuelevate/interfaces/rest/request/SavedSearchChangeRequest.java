package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to a saved search: each absent (or null) field stays as it is. */
public record SavedSearchChangeRequest(
        @Schema(description = "1–100 characters") String name,

        @Schema(type = SchemaType.OBJECT, description = "the search's filters")
        JsonValue filters,

        @Schema(description = "shown first") Boolean pinned)
        implements JsonRequest {}
