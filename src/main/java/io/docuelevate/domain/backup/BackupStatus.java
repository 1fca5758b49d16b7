package io.docuelevate.domain.backup;

import java.util.Locale;

/**
 * Life of a backup: {@code queued} → {@code running} → {@code verified} (written, re-read and every
 * checksum matched) or {@code failed}. Only verified backups count for retention and can be restored.
 */
public enum BackupStatus {
    QUEUED,
    RUNNING,
    VERIFIED,
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BackupStatus parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
        return this == VERIFIED || this == FAILED;
    }
}
