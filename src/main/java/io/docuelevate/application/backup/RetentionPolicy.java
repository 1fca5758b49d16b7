package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which backups retention removes (reference spec §7): per type, the newest {@code keep} verified
 * archives stay and older verified ones go. Failed attempts never count and never push a good archive
 * out; they are only trimmed to the newest {@code keep} failures of their type so the list stays
 * readable. Queued and running backups and types without a limit (manual) are never touched. With
 * {@code keep} at least 1, the newest verified backup of a type always survives.
 */
public final class RetentionPolicy {

    /** What retention needs to know of a backup. */
    public record Candidate(long id, BackupType type, BackupStatus status, OffsetDateTime createdAt) {}

    private RetentionPolicy() {}

    /** The ids to delete, oldest first. */
    public static List<Long> toPrune(List<Candidate> backups, Map<BackupType, Optional<Integer>> keep) {
        List<Candidate> prune = new ArrayList<>();
        for (BackupType type : BackupType.values()) {
            Optional<Integer> limit = keep.getOrDefault(type, Optional.empty());
            if (limit.isEmpty()) {
                continue;
            }
            int count = Math.max(1, limit.get());
            prune.addAll(beyond(backups, type, BackupStatus.VERIFIED, count));
            prune.addAll(beyond(backups, type, BackupStatus.FAILED, count));
        }
        return prune.stream()
                .sorted(Comparator.comparing(Candidate::createdAt).thenComparing(Candidate::id))
                .map(Candidate::id)
                .toList();
    }

    private static List<Candidate> beyond(List<Candidate> backups, BackupType type, BackupStatus status, int keep) {
        List<Candidate> newestFirst = backups.stream()
                .filter(b -> b.type() == type && b.status() == status)
                .sorted(Comparator.comparing(Candidate::createdAt)
                        .thenComparing(Candidate::id)
                        .reversed())
                .toList();
        return newestFirst.size() <= keep ? List.of() : newestFirst.subList(keep, newestFirst.size());
    }
}
