package io.docuelevate.infrastructure.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup archive as a stream: every entry goes straight from its source (pg_dump's output, a
 * file) through a SHA-256 digest into the ZIP, so nothing is held in memory whatever the size (ZIP64 is
 * used past 4 GiB). The manifest with all checksums is written last.
 */
public final class BackupArchiveWriter implements AutoCloseable {

    /** What was written: the archive's size and SHA-256 and the entries the manifest lists. */
    public record Written(long size, String sha256, List<BackupManifest.Entry> entries) {}

    private final MessageDigest archiveDigest = sha256();
    private final CountingStream counter;
    private final ZipOutputStream zip;
    private final List<BackupManifest.Entry> entries = new ArrayList<>();
    private boolean entryOpen;
    private boolean finished;

    public BackupArchiveWriter(Path target) throws IOException {
        OutputStream file = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        counter = new CountingStream(new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), archiveDigest));
        zip = new ZipOutputStream(counter);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Streams one entry: {@code source} writes the content into the stream it is given. */
    public void entry(String name, ContentSource source) throws IOException {
        if (!ArchiveEntries.isAllowed(name) || name.equals(BackupManifest.NAME)) {
            throw new IllegalArgumentException("not a backup entry name: " + name);
        }
        if (entryOpen || finished) {
            throw new IllegalStateException("an entry is already being written");
        }
        MessageDigest digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        entryOpen = true;
        CountingStream content = new CountingStream(new DigestOutputStream(new NonClosing(zip), digest));
        source.writeTo(content);
        content.flush();
        zip.closeEntry();
        entryOpen = false;
        entries.add(new BackupManifest.Entry(name, content.count, HexFormat.of().formatHex(digest.digest())));
    }

    /** Copies a file into the archive (opened first, so a file that is gone leaves no half entry). */
    public void file(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            entry(name, in::transferTo);
        }
    }

    public List<BackupManifest.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the manifest (built from the entries written so far) and closes the archive. */
    public Written finish(Function<List<BackupManifest.Entry>, BackupManifest> manifest) throws IOException {
        BackupManifest content = manifest.apply(entries());
        zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
        content.write(new NonClosing(zip));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        zip.close();
        finished = true;
        return new Written(counter.count, HexFormat.of().formatHex(archiveDigest.digest()), entries());
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            zip.close();
        }
    }

    /** Writes an entry's content. */
    @FunctionalInterface
    public interface ContentSource {
        void writeTo(OutputStream out) throws IOException;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Keeps a source from closing the ZIP stream under us. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
