package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.domain.document.DocumentStatus;

/** {@code processing_status}: the derived status of a document and the facts next to it. */
public record ProcessingStatusDto(String status, String lastStep, boolean hasErrors, int totalSteps) {

    public static ProcessingStatusDto from(DocumentStatus.Summary summary) {
        return new ProcessingStatusDto(
                summary.status().value(), summary.lastStep(), summary.hasErrors(), summary.totalSteps());
    }
}
