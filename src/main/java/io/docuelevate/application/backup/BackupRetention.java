package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the backup folder in shape: applies {@link RetentionPolicy} per type, fails backups a stop
 * interrupted and removes left-over temporary files.
 */
@ApplicationScoped
public class BackupRetention {

    /** Queued or running records older than this were interrupted by a stop. */
    static final Duration STALE = Duration.ofHours(12);

    private static final Logger LOG = Logger.getLogger(BackupRetention.class.getName());

    /** What a cleanup removed. */
    public record CleanupResult(List<Long> deleted, List<Long> interrupted, Map<BackupType, Long> kept) {}

    @Inject
    BackupRecords records;

    @Inject
    BackupStore store;

    @Inject
    BackupSettings settings;

    /** Applies retention to every type, fails interrupted backups and removes left-over partial files. */
    public CleanupResult cleanup() {
        List<Long> interrupted = failInterrupted();
        store.removeLeftovers(STALE);
        List<Long> deleted = prune(Arrays.asList(BackupType.values()));
        Map<BackupType, Long> kept = new EnumMap<>(BackupType.class);
        for (BackupRecord record : records.all()) {
            if (record.getStatus() == BackupStatus.VERIFIED) {
                kept.merge(record.getType(), 1L, Long::sum);
            }
        }
        return new CleanupResult(deleted, interrupted, kept);
    }

    /** Removes the archives and records retention gives up among {@code types}; answers their ids. */
    List<Long> prune(List<BackupType> types) {
        Map<BackupType, Optional<Integer>> keep = new EnumMap<>(BackupType.class);
        types.forEach(type -> keep.put(type, settings.retain(type)));
        List<RetentionPolicy.Candidate> candidates = records.all().stream()
                .map(r -> new RetentionPolicy.Candidate(r.getId(), r.getType(), r.getStatus(), r.getCreatedAt()))
                .toList();
        List<Long> deleted = new ArrayList<>();
        for (long id : RetentionPolicy.toPrune(candidates, keep)) {
            records.find(id).ifPresent(record -> {
                try {
                    store.deleteArchive(record);
                    records.delete(id);
                    deleted.add(id);
                    LOG.info(() -> "Retention removed backup " + record.getFilename());
                } catch (IOException | RuntimeException e) {
                    LOG.warning(() -> "Retention could not remove " + record.getFilename() + ": " + e.getMessage());
                }
            });
        }
        return deleted;
    }

    private List<Long> failInterrupted() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(STALE);
        List<Long> failed = new ArrayList<>();
        for (BackupRecord record : records.all()) {
            if (!record.getStatus().finished() && record.getCreatedAt().isBefore(before)) {
                records.update(record.getId(), r -> r.markFailed("interrupted: the server stopped during the backup"));
                failed.add(record.getId());
            }
        }
        return failed;
    }
}
