package io.docuelevate.interfaces.rest.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/admin/users/local/{id}/set-password}: the account's new password (8 to 128 characters). */
public record PasswordChange(
        @Schema(description = "8–128 characters") String password) implements JsonRequest {}
