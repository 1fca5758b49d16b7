package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.documents.DocumentQueries.StepState;

/** The current state of one pipeline step of a document. */
public record StepDto(String stepName, String status, String startedAt, String completedAt, String errorMessage) {

    public static StepDto from(StepState step) {
        return new StepDto(
                step.stepName(),
                step.status() == null ? null : step.status().value(),
                Timestamps.iso(step.startedAt()),
                Timestamps.iso(step.completedAt()),
                step.errorMessage());
    }
}
