package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.domain.intake.DocumentIntake;

/**
 * A machine-intake record as the reference answers it: {@code {intake_id, idempotency_key, source, filename, state,
 * task_id, duplicate, created_at, updated_at}} plus {@code file_id}. {@code duplicate} is true when this request
 * replayed an earlier key.
 */
public record IntakeDto(
        long intakeId,
        String idempotencyKey,
        String source,
        String filename,
        String state,
        String taskId,
        Long fileId,
        boolean duplicate,
        String createdAt,
        String updatedAt) {

    public static IntakeDto from(DocumentIntake intake, boolean duplicate) {
        return new IntakeDto(
                intake.getId(),
                intake.getIdempotencyKey(),
                intake.getSource(),
                intake.getOriginalFilename(),
                intake.getState(),
                intake.getTaskId(),
                intake.getFileId(),
                duplicate,
                Timestamps.iso(intake.getCreatedAt()),
                Timestamps.iso(intake.getUpdatedAt()));
    }
}
