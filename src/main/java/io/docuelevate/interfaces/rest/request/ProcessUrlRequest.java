package io.docuelevate.interfaces.rest.request;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/process-url}: the URL to fetch (http or https) and, optionally, the name to store it under. */
public record ProcessUrlRequest(
        @Schema(description = "http or https URL of the document", example = "https://example.org/invoice.pdf")
        @NotNull(message = "is required")
        String url,

        @Schema(description = "name to store the document under; default: the server's name for it")
        String filename)
        implements JsonRequest {}
