package io.docuelevate.interfaces.rest.dto;

/** {@code {"detail": ...}}: every error of the API, and the confirmation of a few deletions. */
public record DetailDto(String detail) {}
