package io.docuelevate.infrastructure.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, verifying and refusing backup archives: every entry's checksum in the manifest, checked on the way back. */
class BackupArchiveTest {

    @TempDir
    Path dir;

    private static final byte[] DUMP =
            "CREATE TABLE files(id INT);\nINSERT INTO files VALUES (1);\n".getBytes(StandardCharsets.UTF_8);

    private Path writeArchive(String name, byte[] pdf) throws IOException {
        Path original = dir.resolve("invoice.pdf");
        Files.write(original, pdf);
        Path archive = dir.resolve(name);
        try (BackupArchiveWriter writer = new BackupArchiveWriter(archive)) {
            writer.entry(ArchiveEntries.H2_SCRIPT, out -> out.write(DUMP));
            writer.file(ArchiveEntries.ORIGINAL_PREFIX + "abc.pdf", original);
            writer.file(ArchiveEntries.PROCESSED_PREFIX + "2026/invoice.pdf", original);
            writer.finish(entries -> manifest(entries));
        }
        return archive;
    }

    private static BackupManifest manifest(List<BackupManifest.Entry> entries) {
        return new BackupManifest(
                1,
                "2026-11-28T12:00:00Z",
                "manual",
                "0.1.0",
                "install-1",
                "h2",
                "5",
                ArchiveEntries.H2_SCRIPT,
                List.of("FILES"),
                1,
                true,
                1,
                1,
                new BackupManifest.Meilisearch("enqueued", 42L, null),
                entries);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aWrittenArchiveVerifiesAndItsManifestListsEveryEntryWithItsChecksum() throws Exception {
        byte[] pdf = randomBytes(200_000);
        Path archive = writeArchive("a.zip", pdf);
        BackupManifest manifest = BackupArchiveReader.verify(archive);
        assertEquals("h2", manifest.dbKind());
        assertEquals("5", manifest.schemaVersion());
        assertEquals(42L, manifest.meilisearch().taskUid());
        assertEquals(3, manifest.entries().size());
        BackupManifest.Entry original = manifest.entries().get(1);
        assertEquals("files/original/abc.pdf", original.name());
        assertEquals(pdf.length, original.size());
        assertEquals(
                java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(pdf)),
                original.sha256());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(
                    BackupManifest.NAME,
                    zip.stream().reduce((a, b) -> b).orElseThrow().getName(),
                    "manifest is last");
        }
        try (BackupArchiveReader reader = BackupArchiveReader.open(archive)) {
            Path copy = dir.resolve("copy.pdf");
            reader.extract("files/processed/2026/invoice.pdf", copy);
            assertArrayEquals(pdf, Files.readAllBytes(copy));
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            reader.copy(ArchiveEntries.H2_SCRIPT, dump);
            assertArrayEquals(DUMP, dump.toByteArray());
        }
    }

    @Test
    void aFlippedByteInsideAnEntryIsRefused() throws Exception {
        Path archive = writeArchive("b.zip", randomBytes(100_000));
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(archive, bytes);
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(archive));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path archive = writeArchive("c.zip", randomBytes(50_000));
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(archive));
        assertTrue(e.getMessage().contains("not a ZIP") || e.getMessage().contains("manifest"), e.getMessage());
    }

    @Test
    void somethingElseThanABackupIsRefused() throws Exception {
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "hello");
        assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(text));

        Path plainZip = dir.resolve("plain.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plainZip))) {
            zip.putNextEntry(new ZipEntry("database/h2.sql"));
            zip.write(DUMP);
            zip.closeEntry();
        }
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(plainZip));
        assertTrue(e.getMessage().contains("manifest.json"), e.getMessage());
    }

    @Test
    void anEntryThatDoesNotMatchTheManifestIsRefused() throws Exception {
        Path archive = dir.resolve("forged.zip");
        BackupManifest.Entry lie = new BackupManifest.Entry(ArchiveEntries.H2_SCRIPT, DUMP.length, "0".repeat(64));
        writeRaw(archive, List.of(ArchiveEntries.H2_SCRIPT), manifest(List.of(lie)));
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(archive));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void anUnlistedOrTraversingEntryIsRefused() throws Exception {
        Path archive = dir.resolve("extra.zip");
        String sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(DUMP));
        BackupManifest.Entry dump = new BackupManifest.Entry(ArchiveEntries.H2_SCRIPT, DUMP.length, sha);
        writeRaw(
                archive, List.of(ArchiveEntries.H2_SCRIPT, "files/original/../../etc/passwd"), manifest(List.of(dump)));
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(archive));
        assertTrue(e.getMessage().contains("unexpected entry"), e.getMessage());

        Path unlisted = dir.resolve("unlisted.zip");
        writeRaw(unlisted, List.of(ArchiveEntries.H2_SCRIPT, "files/original/x.pdf"), manifest(List.of(dump)));
        e = assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(unlisted));
        assertTrue(e.getMessage().contains("not listed"), e.getMessage());
    }

    @Test
    void aMissingDatabaseDumpIsRefused() throws Exception {
        Path archive = dir.resolve("nodb.zip");
        try (BackupArchiveWriter writer = new BackupArchiveWriter(archive)) {
            writer.entry(ArchiveEntries.ORIGINAL_PREFIX + "a.pdf", out -> out.write(1));
            writer.finish(BackupArchiveTest::manifest);
        }
        CorruptArchiveException e =
                assertThrows(CorruptArchiveException.class, () -> BackupArchiveReader.verify(archive));
        assertTrue(e.getMessage().contains("database dump"), e.getMessage());
    }

    @Test
    void entryNamesAreCheckedSegmentBySegment() {
        assertTrue(ArchiveEntries.isAllowed("files/original/0f3c.pdf"));
        assertTrue(ArchiveEntries.isAllowed("files/processed/2026-11-28_Invoice.pdf"));
        assertTrue(ArchiveEntries.isAllowed("database/postgresql.dump"));
        assertFalse(ArchiveEntries.isAllowed("files/original/../x"));
        assertFalse(ArchiveEntries.isAllowed("files/original/"));
        assertFalse(ArchiveEntries.isAllowed("files/original//x"));
        assertFalse(ArchiveEntries.isAllowed("files/original/a\\b"));
        assertFalse(ArchiveEntries.isAllowed("/etc/passwd"));
        assertFalse(ArchiveEntries.isAllowed("files/tmp/x"));
        assertThrows(IllegalArgumentException.class, () -> {
            try (BackupArchiveWriter writer = new BackupArchiveWriter(dir.resolve("bad.zip"))) {
                writer.entry("../escape", OutputStream::flush);
            }
        });
    }

    @Test
    void theManifestRoundTripsThroughJson() throws Exception {
        BackupManifest manifest = manifest(List.of(new BackupManifest.Entry("database/h2.sql", 3, "ab".repeat(32))));
        BackupManifest read = BackupManifest.read(
                new java.io.ByteArrayInputStream(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
        assertEquals(manifest, read);
        assertFalse(manifest.toJson().toLowerCase().contains("password"));
    }

    private static void writeRaw(Path archive, List<String> names, BackupManifest manifest) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(DUMP);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
