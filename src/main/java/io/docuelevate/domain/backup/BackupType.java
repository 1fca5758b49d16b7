package io.docuelevate.domain.backup;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a backup was made. The scheduled tiers (hourly, daily, weekly) keep a configured number of
 * verified archives; manual ones stay until deleted; {@code pre_restore} is the copy a restore takes
 * of what it replaces (the newest few are kept).
 */
public enum BackupType {
    HOURLY,
    DAILY,
    WEEKLY,
    MANUAL,
    PRE_RESTORE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean scheduled() {
        return this == HOURLY || this == DAILY || this == WEEKLY;
    }

    /** The type for a {@code backup_type} value; empty for anything else. */
    public static Optional<BackupType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (BackupType type : values()) {
            if (type.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
