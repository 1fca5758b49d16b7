package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.search.SearchService;
import java.util.Map;

/**
 * {@code GET /api/admin/search}: the engine, documents indexed vs. indexable, whether they agree, the engine's
 * health ({@code {"status", "detail"?, ...facts}}) and the running reindex ({@code null} when none runs).
 */
public record SearchStatusDto(
        String engine,
        Long documentsIndexed,
        long documentsInDatabase,
        boolean inSync,
        Map<String, ?> health,
        ReindexDto reindex) {

    public static SearchStatusDto from(SearchService.Status status, ReindexDto running) {
        return new SearchStatusDto(
                status.engine(),
                status.indexed(),
                status.indexable(),
                status.indexed() != null && status.indexed() == status.indexable(),
                status.health().toJson(),
                running);
    }
}
