package io.docuelevate.interfaces.rest.dto;

/** {@code POST /api/files/{id}/reprocess}: the reference's answer with the queued task's id. */
public record ReprocessResultDto(String status, String message, long fileId, String filename, String taskId) {}
