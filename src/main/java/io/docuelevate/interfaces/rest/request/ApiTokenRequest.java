package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new API token: {@code name} (1–255 characters), {@code expires_in_days} (1–3650, none for a token that
 * does not expire) and {@code admin_scope} (only administrators may ask for it).
 */
public record ApiTokenRequest(
        @Schema(description = "what the token is for, 1–255 characters")
        @NotBlank(message = "is required (1–255 characters)")
        @Size(max = 255, message = "is required (1–255 characters)")
        String name,

        @Schema(description = "days until it expires; absent for a token that does not expire")
        @JsonbProperty("expires_in_days")
        @Min(value = 1, message = "must be an integer from 1 to 3650")
        @Max(value = 3650, message = "must be an integer from 1 to 3650")
        Integer expiresInDays,

        @Schema(description = "administrator rights (administrators only)") @JsonbProperty("admin_scope")
        Boolean adminScope)
        implements JsonRequest {}
