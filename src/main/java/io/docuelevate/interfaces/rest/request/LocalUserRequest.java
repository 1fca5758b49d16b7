package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;

/** A local account to create; the login rules check username, e-mail and password strength. */
public record LocalUserRequest(
        String username,
        String email,
        String password,
        @JsonbProperty("is_admin") Boolean isAdmin) implements JsonRequest {}
