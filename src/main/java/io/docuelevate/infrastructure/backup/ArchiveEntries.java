package io.docuelevate.infrastructure.backup;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names entries may have in a backup archive. Anything else (an absolute path, {@code ..}, a
 * backslash, an unknown folder) marks the archive as not ours, so extraction can never write outside
 * the work directory.
 */
public final class ArchiveEntries {

    public static final String POSTGRESQL_DUMP = "database/postgresql.dump";
    public static final String H2_SCRIPT = "database/h2.sql";
    public static final String ORIGINAL_PREFIX = "files/original/";
    public static final String PROCESSED_PREFIX = "files/processed/";

    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\\\x00-\\x1f]+");

    private ArchiveEntries() {}

    /** Whether {@code name} is a database entry, or a file under {@code files/original/} or {@code files/processed/}. */
    public static boolean isAllowed(String name) {
        if (name.equals(POSTGRESQL_DUMP) || name.equals(H2_SCRIPT) || name.equals(BackupManifest.NAME)) {
            return true;
        }
        return relativeFilePath(name).isPresent();
    }

    /** The path below {@code original/} or {@code processed/} of a file entry, checked segment by segment. */
    public static Optional<String> relativeFilePath(String name) {
        String rest;
        if (name.startsWith(ORIGINAL_PREFIX)) {
            rest = name.substring(ORIGINAL_PREFIX.length());
        } else if (name.startsWith(PROCESSED_PREFIX)) {
            rest = name.substring(PROCESSED_PREFIX.length());
        } else {
            return Optional.empty();
        }
        if (rest.isEmpty() || rest.length() > 1024) {
            return Optional.empty();
        }
        for (String segment : rest.split("/", -1)) {
            if (segment.equals(".")
                    || segment.equals("..")
                    || !SEGMENT.matcher(segment).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(rest);
    }
}
