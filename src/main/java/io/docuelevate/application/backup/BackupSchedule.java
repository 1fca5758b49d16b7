package io.docuelevate.application.backup;

import io.docuelevate.domain.backup.BackupType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The reference's backup schedule (spec §7–8, UTC): hourly at minute 0, daily at 02:30, weekly on
 * Sunday at 03:10. A slot that was missed (server down) is still taken within its grace period (55 min
 * hourly, 1 h daily and weekly, the reference's task expiry), never later, so a restart does not
 * trigger a burst of old backups. Each slot has a key; the database keeps keys unique, so only one
 * replica makes a slot's backup.
 */
public final class BackupSchedule {

    static final LocalTime DAILY_AT = LocalTime.of(2, 30);
    static final LocalTime WEEKLY_AT = LocalTime.of(3, 10);

    /** A scheduled moment and its unique key, e.g. {@code daily:2026-11-28}. */
    public record Slot(BackupType type, OffsetDateTime at, String key) {}

    private BackupSchedule() {}

    /** The latest slot of {@code type} at or before {@code now}. */
    public static Slot latest(BackupType type, OffsetDateTime now) {
        OffsetDateTime utc = now.withOffsetSameInstant(ZoneOffset.UTC);
        return switch (type) {
            case HOURLY -> {
                OffsetDateTime at = utc.truncatedTo(ChronoUnit.HOURS);
                yield new Slot(type, at, "hourly:" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH'Z'")));
            }
            case DAILY -> {
                OffsetDateTime at = utc.with(DAILY_AT).truncatedTo(ChronoUnit.MINUTES);
                if (at.isAfter(utc)) {
                    at = at.minusDays(1);
                }
                yield new Slot(type, at, "daily:" + at.toLocalDate());
            }
            case WEEKLY -> {
                OffsetDateTime at = utc.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
                        .with(WEEKLY_AT)
                        .truncatedTo(ChronoUnit.MINUTES);
                if (at.isAfter(utc)) {
                    at = at.minusWeeks(1);
                }
                yield new Slot(
                        type,
                        at,
                        "weekly:" + at.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                                + String.format("%02d", at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            }
            default -> throw new IllegalArgumentException(type.label() + " backups are not scheduled");
        };
    }

    /** How late a slot may still be taken. */
    public static Duration grace(BackupType type) {
        return type == BackupType.HOURLY ? Duration.ofMinutes(55) : Duration.ofHours(1);
    }

    /** The slot of {@code type} due at {@code now}, if its grace period has not passed. */
    public static Optional<Slot> due(BackupType type, OffsetDateTime now) {
        Slot slot = latest(type, now);
        return Duration.between(slot.at(), now).compareTo(grace(type)) <= 0 ? Optional.of(slot) : Optional.empty();
    }
}
