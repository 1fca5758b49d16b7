package io.docuelevate.application.documents;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Unique entry names for one ZIP archive: the second {@code invoice.pdf} becomes {@code invoice (2).pdf},
 * the third {@code invoice (3).pdf}. Names differing only in case count as equal, because they would
 * overwrite each other when extracted on Windows or macOS. Directory parts are dropped, so an entry can
 * never be extracted outside the target folder.
 */
public final class ZipEntryNames {

    private static final String FALLBACK_NAME = "document";

    private final Set<String> used = new HashSet<>();

    /** A name for the next entry, based on {@code filename} and unused so far in this archive. */
    public String next(String filename) {
        String name = baseName(filename);
        if (used.add(key(name))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int copy = 2; ; copy++) {
            String candidate = stem + " (" + copy + ")" + extension;
            if (used.add(key(candidate))) {
                return candidate;
            }
        }
    }

    private static String baseName(String filename) {
        String name = filename == null ? "" : filename.replaceAll("\\p{Cntrl}", "_");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? FALLBACK_NAME : name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
