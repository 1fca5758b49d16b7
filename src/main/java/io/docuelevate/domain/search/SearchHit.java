package io.docuelevate.domain.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One matching document: its indexed fields without the raw text, and {@code formatted}: the same fields
 * keyed by their reference names ({@code document_title}, {@code original_filename}, {@code ocr_text}, ...)
 * with matches wrapped in {@code <mark>…</mark>}, the text cropped around the first match. Formatted values
 * are HTML-escaped apart from the marks, so a client may render them as HTML.
 *
 * @param createdAtTs  creation time in Unix seconds (the reference's {@code created_at_ts})
 * @param rankingScore relevance in [0, 1], higher is better; comparable within one engine only
 */
public record SearchHit(
        long fileId,
        String originalFilename,
        String documentTitle,
        String documentType,
        List<String> tags,
        String sender,
        String recipient,
        String correspondent,
        String language,
        String referenceNumber,
        String mimeType,
        long fileSize,
        Integer confidenceScore,
        long createdAtTs,
        int ocrTextLength,
        boolean privateDocument,
        Map<String, Object> formatted,
        Double rankingScore) {

    public SearchHit {
        tags = tags == null ? List.of() : List.copyOf(tags);
        formatted = formatted == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(formatted));
    }
}
