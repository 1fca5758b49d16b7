package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An integration to create, or changes to one ({@code PUT}: absent fields stay; type and direction cannot
 * change). Only {@code WATCH_FOLDER} sources with {@code config.path} inside {@code USER_WATCH_FOLDER_ROOTS}.
 */
public record IntegrationRequest(
        @Schema(description = "SOURCE (the default); DESTINATION types are not supported yet")
        String direction,

        @Schema(description = "WATCH_FOLDER; the reference's other types answer 422 (not supported yet)")
        String integrationType,

        @Schema(description = "1–255 characters") String name,

        @Schema(type = SchemaType.OBJECT, description = "{\"path\": \"/absolute/folder\"} inside an allowed root")
        JsonObject config,

        @Schema(description = "scanned when true (the default)")
        Boolean isActive)
        implements JsonRequest {}
