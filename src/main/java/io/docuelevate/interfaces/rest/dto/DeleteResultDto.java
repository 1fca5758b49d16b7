package io.docuelevate.interfaces.rest.dto;

/** {@code DELETE /api/files/{id}}: {@code {"status": "success", "message": ...}}. */
public record DeleteResultDto(String status, String message) {}
