package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A local account to create; the login rules check username, e-mail and password strength. */
public record LocalUserRequest(
        @Schema(description = "3–64 letters, digits, '_' or '-'")
        String username,

        @Schema(description = "the account's e-mail address")
        String email,

        @Schema(description = "8–128 characters") String password,

        @Schema(description = "administrator rights") @JsonbProperty("is_admin")
        Boolean isAdmin)
        implements JsonRequest {}
