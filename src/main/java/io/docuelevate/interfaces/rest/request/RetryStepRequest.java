package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;

/** The optional body of {@code retry-subtask}: {@code {"subtask_name": ...}}, the query parameter's alternative. */
public record RetryStepRequest(
        @JsonbProperty("subtask_name") String subtaskName) implements JsonRequest {}
