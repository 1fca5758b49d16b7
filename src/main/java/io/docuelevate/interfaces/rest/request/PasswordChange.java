package io.docuelevate.interfaces.rest.request;

/** {@code POST /api/admin/users/local/{id}/set-password}: the account's new password (8 to 128 characters). */
public record PasswordChange(String password) implements JsonRequest {}
