package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /api/admin/users/local/{id}}: enable or disable the account and/or grant or take the admin role. */
public record LocalUserChange(
        @Schema(description = "the account may sign in") @JsonbProperty("is_active")
        Boolean isActive,

        @Schema(description = "administrator rights") @JsonbProperty("is_admin")
        Boolean isAdmin)
        implements JsonRequest {}
