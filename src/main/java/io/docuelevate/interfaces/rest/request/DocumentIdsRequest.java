package io.docuelevate.interfaces.rest.request;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documents of a bulk request: a JSON array of ids (the reference's form) or {@code {"file_ids": [...]}}.
 * At most {@link #MAX_IDS}; repeated ids count once.
 */
@JsonRequest.ArrayBody("file_ids")
public record DocumentIdsRequest(
        @Schema(description = "the documents' ids; the body may also be the bare array")
        @JsonbProperty("file_ids")
        @NotNull(message = "is required: a JSON array of file ids")
        @Size(max = MAX_IDS, message = "may name at most {max} file ids per request")
        List<@NotNull(message = "must be a positive integer") @Positive(message = "must be a positive integer") Long>
                fileIds)
        implements JsonRequest {

    /** Most ids one bulk request may name. */
    public static final int MAX_IDS = 1000;

    /** The ids in the order given, each once. */
    public List<Long> ids() {
        return new ArrayList<>(new LinkedHashSet<>(fileIds));
    }
}
