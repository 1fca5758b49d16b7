package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.search.ReindexJobs;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A reindex execution: {@code job_id} ({@code reindex}), {@code execution_id}, {@code status} (the batch
 * status in lower case), whether it was {@code already_running}, {@code total} documents to index,
 * {@code items_read}/{@code items_written}/{@code items_filtered}, {@code progress} (written ÷ total, 0–1),
 * {@code pruned} stale entries (null until the last step), {@code exit_status}, {@code started_at},
 * {@code ended_at}.
 */
public record ReindexDto(
        String jobId,
        long executionId,
        String status,
        boolean alreadyRunning,
        long total,
        long itemsRead,
        long itemsWritten,
        long itemsFiltered,
        double progress,
        Integer pruned,
        String exitStatus,
        String startedAt,
        String endedAt) {

    public static ReindexDto from(ReindexJobs.Reindex r) {
        double progress = r.total() == 0
                ? (r.finished() ? 1.0 : 0.0)
                : Math.min(1.0, Math.round((double) r.written() / r.total() * 1000) / 1000.0);
        return new ReindexDto(
                "reindex",
                r.executionId(),
                r.status(),
                r.alreadyRunning(),
                r.total(),
                r.read(),
                r.written(),
                r.filtered(),
                progress,
                r.pruned(),
                r.exitStatus(),
                iso(r.startedAt()),
                iso(r.endedAt()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : Timestamps.iso(instant.atOffset(ZoneOffset.UTC));
    }
}
