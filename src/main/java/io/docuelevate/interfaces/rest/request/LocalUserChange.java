package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code PATCH /api/admin/users/local/{id}}: enable or disable the account and/or grant or take the admin role. */
public record LocalUserChange(
        @JsonbProperty("is_active") Boolean isActive,
        @JsonbProperty("is_admin") Boolean isAdmin) implements JsonRequest {}
