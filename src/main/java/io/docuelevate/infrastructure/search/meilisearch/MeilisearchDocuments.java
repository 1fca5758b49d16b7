package io.docuelevate.infrastructure.search.meilisearch;

import io.docuelevate.domain.search.SearchDocument;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link SearchDocument}s as the JSON Meilisearch stores: the reference's field names, the text split into the
 * chunk attributes of {@link TextChunks}, sent in batches small enough for the client's write timeout.
 */
final class MeilisearchDocuments {

    static final String PRIMARY_KEY = "file_id";
    /** Most JSON bytes per document batch (Meilisearch accepts 100 MB; the client times out writes after 10 s). */
    static final int MAX_BATCH_BYTES = 8 * 1024 * 1024;

    private MeilisearchDocuments() {}

    /** Documents as JSON arrays of at most {@link #MAX_BATCH_BYTES} bytes each. */
    static List<String> batches(Collection<SearchDocument> documents) {
        List<String> batches = new ArrayList<>();
        StringBuilder current = new StringBuilder("[");
        for (SearchDocument document : documents) {
            String json = toJson(document).toString();
            if (current.length() > 1 && current.length() + json.length() + 1 > MAX_BATCH_BYTES / 2) {
                batches.add(current.append(']').toString());
                current = new StringBuilder("[");
            }
            if (current.length() > 1) {
                current.append(',');
            }
            current.append(json);
        }
        batches.add(current.append(']').toString());
        return batches;
    }

    /** One document in the reference's field names, its text split into chunk attributes. */
    static JsonObject toJson(SearchDocument d) {
        JsonObjectBuilder json = Json.createObjectBuilder().add(PRIMARY_KEY, d.fileId());
        nullable(json, "owner_id", d.ownerId());
        nullable(json, "original_filename", d.originalFilename());
        nullable(json, "document_title", d.documentTitle());
        nullable(json, "document_type", d.documentType());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        d.tags().forEach(tags::add);
        json.add("tags", tags);
        nullable(json, "sender", d.sender());
        nullable(json, "recipient", d.recipient());
        nullable(json, "correspondent", d.correspondent());
        nullable(json, "language", d.language());
        nullable(json, "reference_number", d.referenceNumber());
        nullable(json, "mime_type", d.mimeType());
        json.add("file_size", d.fileSize());
        if (d.confidenceScore() == null) {
            json.addNull("confidence_score");
        } else {
            json.add("confidence_score", d.confidenceScore());
        }
        json.add("created_at_ts", d.createdAt().getEpochSecond());
        TextChunks.split(d.text()).forEach(json::add);
        json.add("ocr_text_length", d.textLength());
        json.add("is_private", d.privateDocument());
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
