package io.docuelevate.application.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.backup.RetentionPolicy.Candidate;
import io.docuelevate.domain.backup.BackupStatus;
import io.docuelevate.domain.backup.BackupType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Candidate backup(long id, BackupType type, BackupStatus status, int hour) {
        return new Candidate(id, type, status, T0.plusHours(hour));
    }

    private static Map<BackupType, Optional<Integer>> keep(int hourly, int daily) {
        Map<BackupType, Optional<Integer>> keep = new EnumMap<>(BackupType.class);
        keep.put(BackupType.HOURLY, Optional.of(hourly));
        keep.put(BackupType.DAILY, Optional.of(daily));
        keep.put(BackupType.MANUAL, Optional.empty());
        return keep;
    }

    @Test
    void keepsTheNewestVerifiedOfEachTypeAndPrunesOlderOnesOldestFirst() {
        List<Candidate> backups = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            backups.add(backup(i, BackupType.HOURLY, BackupStatus.VERIFIED, i));
        }
        backups.add(backup(10, BackupType.DAILY, BackupStatus.VERIFIED, 2));
        backups.add(backup(11, BackupType.DAILY, BackupStatus.VERIFIED, 26));
        assertEquals(List.of(1L, 2L, 10L, 3L), RetentionPolicy.toPrune(backups, keep(3, 1)), "oldest first");
    }

    @Test
    void failedBackupsNeverEvictGoodOnes() {
        List<Candidate> backups = new ArrayList<>();
        backups.add(backup(1, BackupType.HOURLY, BackupStatus.VERIFIED, 1));
        backups.add(backup(2, BackupType.HOURLY, BackupStatus.VERIFIED, 2));
        for (int i = 3; i <= 8; i++) {
            backups.add(backup(i, BackupType.HOURLY, BackupStatus.FAILED, i));
        }
        List<Long> pruned = RetentionPolicy.toPrune(backups, keep(2, 1));
        assertTrue(!pruned.contains(1L) && !pruned.contains(2L), "both verified backups stay: " + pruned);
        assertEquals(List.of(3L, 4L, 5L, 6L), pruned, "only the failures beyond the newest 2 are trimmed");
    }

    @Test
    void theNewestVerifiedBackupSurvivesEvenWithAZeroLimit() {
        List<Candidate> backups = List.of(
                backup(1, BackupType.HOURLY, BackupStatus.VERIFIED, 1),
                backup(2, BackupType.HOURLY, BackupStatus.VERIFIED, 2));
        assertEquals(List.of(1L), RetentionPolicy.toPrune(backups, keep(0, 0)));
    }

    @Test
    void runningQueuedAndManualBackupsAreNeverPruned() {
        List<Candidate> backups = List.of(
                backup(1, BackupType.HOURLY, BackupStatus.RUNNING, 1),
                backup(2, BackupType.HOURLY, BackupStatus.QUEUED, 2),
                backup(3, BackupType.HOURLY, BackupStatus.VERIFIED, 3),
                backup(4, BackupType.MANUAL, BackupStatus.VERIFIED, 1),
                backup(5, BackupType.MANUAL, BackupStatus.VERIFIED, 2));
        assertEquals(List.of(), RetentionPolicy.toPrune(backups, keep(1, 1)));
    }

    @Test
    void aTypeWithoutALimitInTheMapIsLeftAlone() {
        List<Candidate> backups = List.of(
                backup(1, BackupType.WEEKLY, BackupStatus.VERIFIED, 1),
                backup(2, BackupType.WEEKLY, BackupStatus.VERIFIED, 2));
        assertEquals(List.of(), RetentionPolicy.toPrune(backups, keep(1, 1)));
    }
}
