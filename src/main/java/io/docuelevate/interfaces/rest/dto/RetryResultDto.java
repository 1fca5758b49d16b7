package io.docuelevate.interfaces.rest.dto;

/** {@code POST /api/files/{id}/retry-subtask}: the reference's answer with the queued task's id. */
public record RetryResultDto(String status, String message, long fileId, String subtaskName, String taskId) {}
