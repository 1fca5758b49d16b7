package io.docuelevate.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads and verifies backup archives. {@link #verify} re-reads every entry and compares it with the
 * manifest (name, size, SHA-256), so an archive that was truncated, altered or is simply something
 * else is refused before anything is restored; {@link #extract} checks each entry again as it copies it.
 */
public final class BackupArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final BackupManifest manifest;
    private final Map<String, BackupManifest.Entry> listed = new HashMap<>();

    private BackupArchiveReader(ZipFile zip, BackupManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
        manifest.entries().forEach(entry -> listed.put(entry.name(), entry));
    }

    /** Opens an archive and verifies all of it; the reader is then ready for {@link #extract}. */
    public static BackupArchiveReader open(Path archive) throws CorruptArchiveException {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new CorruptArchiveException(
                    "the file is not a ZIP archive or is truncated (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new CorruptArchiveException("the archive cannot be read: " + e.getMessage(), e);
        }
        try {
            BackupArchiveReader reader = new BackupArchiveReader(zip, readManifest(zip));
            reader.verifyEntries();
            return reader;
        } catch (CorruptArchiveException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Verifies an archive and returns its manifest. */
    public static BackupManifest verify(Path archive) throws CorruptArchiveException {
        try (BackupArchiveReader reader = open(archive)) {
            return reader.manifest();
        }
    }

    public BackupManifest manifest() {
        return manifest;
    }

    /** Copies an entry to {@code target} (created new), checking its checksum again on the way. */
    public void extract(String name, Path target) throws IOException, CorruptArchiveException {
        try (OutputStream out = Files.newOutputStream(target)) {
            copy(name, out);
        }
    }

    /** Streams an entry's content to {@code out}, checking its checksum on the way. */
    public void copy(String name, OutputStream out) throws IOException, CorruptArchiveException {
        BackupManifest.Entry expected = listed.get(name);
        ZipEntry entry = zip.getEntry(name);
        if (expected == null || entry == null) {
            throw new CorruptArchiveException("the archive has no entry " + name);
        }
        MessageDigest digest = BackupArchiveWriter.sha256();
        long size;
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            size = in.transferTo(out);
        } catch (ZipException e) {
            throw new CorruptArchiveException("entry " + name + " is damaged (" + e.getMessage() + ")", e);
        }
        check(expected, size, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static BackupManifest readManifest(ZipFile zip) throws CorruptArchiveException {
        ZipEntry entry = zip.getEntry(BackupManifest.NAME);
        if (entry == null) {
            throw new CorruptArchiveException("the archive has no manifest.json: it is not a DocuElevate backup");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        } catch (IOException e) {
            throw new CorruptArchiveException("manifest.json is damaged (" + e.getMessage() + ")", e);
        }
    }

    private void verifyEntries() throws CorruptArchiveException {
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (!seen.add(name)) {
                throw new CorruptArchiveException("the archive holds " + name + " twice");
            }
            if (name.equals(BackupManifest.NAME)) {
                continue;
            }
            if (!ArchiveEntries.isAllowed(name)) {
                throw new CorruptArchiveException("the archive holds an unexpected entry: " + name);
            }
            if (!listed.containsKey(name)) {
                throw new CorruptArchiveException("entry " + name + " is not listed in manifest.json");
            }
        }
        for (BackupManifest.Entry expected : manifest.entries()) {
            if (!seen.contains(expected.name())) {
                throw new CorruptArchiveException("entry " + expected.name() + " listed in manifest.json is missing");
            }
        }
        String database = manifest.databaseEntry();
        String expectedDatabase =
                "h2".equals(manifest.dbKind()) ? ArchiveEntries.H2_SCRIPT : ArchiveEntries.POSTGRESQL_DUMP;
        if (!expectedDatabase.equals(database) || !listed.containsKey(database)) {
            throw new CorruptArchiveException("the archive holds no " + manifest.dbKind() + " database dump");
        }
        for (BackupManifest.Entry expected : manifest.entries()) {
            try {
                copy(expected.name(), OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new CorruptArchiveException(
                        "entry " + expected.name() + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    private static void check(BackupManifest.Entry expected, long size, String sha256) throws CorruptArchiveException {
        if (size != expected.size()) {
            throw new CorruptArchiveException(
                    "entry " + expected.name() + " has " + size + " bytes, manifest.json says " + expected.size());
        }
        if (!sha256.equalsIgnoreCase(expected.sha256())) {
            throw new CorruptArchiveException(
                    "entry " + expected.name() + " does not match its SHA-256 in manifest.json");
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
