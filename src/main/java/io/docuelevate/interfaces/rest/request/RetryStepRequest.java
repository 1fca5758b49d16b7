package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of {@code retry-subtask}: {@code {"subtask_name": ...}}, the query parameter's alternative. */
public record RetryStepRequest(
        @Schema(description = "the step to run again") @JsonbProperty("subtask_name")
        String subtaskName) implements JsonRequest {}
