package io.docuelevate.application.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.backup.BackupType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static OffsetDateTime utc(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 11, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void hourlySlotsStartOnTheHourAndExpireAfter55Minutes() {
        BackupSchedule.Slot slot = BackupSchedule.latest(BackupType.HOURLY, utc(28, 14, 20));
        assertEquals(utc(28, 14, 0), slot.at());
        assertEquals("hourly:2026-11-28T14Z", slot.key());
        assertTrue(BackupSchedule.due(BackupType.HOURLY, utc(28, 14, 55)).isPresent());
        assertTrue(BackupSchedule.due(BackupType.HOURLY, utc(28, 14, 56)).isEmpty());
    }

    @Test
    void dailySlotIsAt0230UtcAndBeforeThatItIsYesterdays() {
        assertEquals(
                utc(28, 2, 30),
                BackupSchedule.latest(BackupType.DAILY, utc(28, 3, 0)).at());
        assertEquals(
                "daily:2026-11-27",
                BackupSchedule.latest(BackupType.DAILY, utc(28, 2, 29)).key());
        assertTrue(BackupSchedule.due(BackupType.DAILY, utc(28, 3, 30)).isPresent());
        assertTrue(
                BackupSchedule.due(BackupType.DAILY, utc(28, 3, 31)).isEmpty(), "a missed slot is not caught up later");
    }

    @Test
    void weeklySlotIsSundayAt0310Utc() {
        // 2026-11-29 is a Sunday
        assertEquals(
                utc(29, 3, 10),
                BackupSchedule.latest(BackupType.WEEKLY, utc(29, 3, 10)).at());
        assertEquals(
                utc(22, 3, 10),
                BackupSchedule.latest(BackupType.WEEKLY, utc(29, 3, 9)).at());
        assertEquals(
                utc(29, 3, 10),
                BackupSchedule.latest(BackupType.WEEKLY, utc(30, 12, 0)).at());
        assertEquals(
                "weekly:2026-W48",
                BackupSchedule.latest(BackupType.WEEKLY, utc(29, 4, 0)).key());
    }

    @Test
    void otherOffsetsAreConvertedToUtc() {
        OffsetDateTime berlin = OffsetDateTime.of(2026, 11, 28, 3, 45, 0, 0, ZoneOffset.ofHours(1));
        assertEquals(
                utc(28, 2, 30), BackupSchedule.latest(BackupType.DAILY, berlin).at());
    }

    @Test
    void manualBackupsHaveNoSchedule() {
        assertThrows(IllegalArgumentException.class, () -> BackupSchedule.latest(BackupType.MANUAL, utc(28, 1, 0)));
    }

    @Test
    void schemaVersionsCompareNumerically() {
        assertTrue(SchemaVersions.compare("10", "5") > 0);
        assertTrue(SchemaVersions.compare("5", "5.1") < 0);
        assertEquals(0, SchemaVersions.compare("5.0", "5"));
        assertTrue(SchemaVersions.compare(null, "1") < 0);
    }
}
