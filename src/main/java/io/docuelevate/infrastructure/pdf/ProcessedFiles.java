package io.docuelevate.infrastructure.pdf;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.PdfMetadataWriter;
import io.docuelevate.domain.processing.PdfPublisher;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Places an enriched PDF under its metadata name (spec §2.7 renaming): {@code WORKDIR/processed/<name>.pdf}
 * with a {@code <name>.json} sidecar (the 13 fields plus {@code original_file_path} and
 * {@code processed_file_path}). The name comes from the metadata's {@code filename}, else its title, else
 * the caller's fallback (the upload's name), always through {@link Filenames#sanitize} and then proven by
 * {@link Filenames#resolveInside} to stay in {@code processed/}. Taken names get {@code -0001} …
 * {@code -9999}, then {@code -<timestamp>-<uuid8>}; a name is reserved by creating the file
 * exclusively, so replicas sharing the work directory never overwrite each other's output. The sidecar is
 * written first, then the PDF (each to a temporary name, then moved into place), so a name whose sidecar
 * names this document's original is this document's own: re-running for the same document (its
 * {@code current} output, or files a crashed run wrote before the database knew them) reuses that name
 * instead of making a second copy.
 */
@Dependent
public class ProcessedFiles implements PdfPublisher {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final int MAX_SUFFIX = 9999;

    private final Path root;
    private final PdfMetadataWriter writer;

    @Inject
    public ProcessedFiles(Workdir workdir, PdfMetadataWriter writer) {
        this(workdir.root(), writer);
    }

    public ProcessedFiles(Path workdirRoot, PdfMetadataWriter writer) {
        this.root = workdirRoot.toAbsolutePath().normalize();
        this.writer = writer;
    }

    @Override
    public Published publish(
            Path source, DocumentMetadata metadata, String originalFilePath, String fallbackName, Path current)
            throws IOException {
        Path folder = root.resolve("processed");
        Files.createDirectories(folder);
        String base = baseName(metadata, fallbackName);
        Reservation reservation = reserve(
                folder, base, current == null ? null : current.toAbsolutePath().normalize(), originalFilePath);
        Path sidecar = sidecarOf(reservation.pdf());
        try {
            String relativePdf = root.relativize(reservation.pdf()).toString();
            String json = MetadataJson.toSidecarJson(metadata, originalFilePath, relativePdf)
                    .toString();
            writeAtomically(sidecar, json);
            writer.write(source, reservation.pdf(), metadata);
            return new Published(
                    reservation.pdf(),
                    sidecar,
                    relativePdf,
                    root.relativize(sidecar).toString());
        } catch (IOException | RuntimeException e) {
            if (reservation.created()) {
                Files.deleteIfExists(sidecar);
                Files.deleteIfExists(reservation.pdf());
            }
            throw e;
        }
    }

    /**
     * The sanitised base name (no extension) a document would get: the metadata's {@code filename}, else
     * its title, else {@code fallbackName}; {@code .pdf} is dropped, and an empty result becomes
     * {@code document_<timestamp>} (Filenames' rule).
     */
    public static String baseName(DocumentMetadata metadata, String fallbackName) {
        String name = !metadata.filename().isBlank()
                ? metadata.filename()
                : !metadata.title().isBlank() ? metadata.title() : fallbackName == null ? "" : fallbackName;
        String sanitized = Filenames.sanitize(name);
        if (sanitized.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            sanitized = Filenames.sanitize(sanitized.substring(0, sanitized.length() - 4));
        }
        return sanitized;
    }

    /**
     * The PDF path for {@code base} inside {@code processed/}: proven by {@link Filenames#resolveInside} to
     * stay there whatever the name, and refused if it would not be a direct child.
     */
    public static Path inside(Path processedFolder, String fileName) {
        Path folder = processedFolder.toAbsolutePath().normalize();
        Path path = Filenames.resolveInside(folder, fileName);
        if (!folder.equals(path.getParent())) {
            throw new IllegalArgumentException(
                    "name '" + fileName + "' is not a plain file name in " + folder.getFileName());
        }
        return path;
    }

    private record Reservation(Path pdf, boolean created) {}

    private static Reservation reserve(Path folder, String base, Path current, String originalFilePath)
            throws IOException {
        for (int i = 0; i <= MAX_SUFFIX; i++) {
            String name = i == 0 ? base + ".pdf" : String.format(Locale.ROOT, "%s-%04d.pdf", base, i);
            Path candidate = inside(folder, name);
            if (candidate.equals(current) || writtenFor(sidecarOf(candidate), originalFilePath)) {
                return new Reservation(candidate, false);
            }
            if (Files.exists(sidecarOf(candidate))) {
                continue;
            }
            try {
                Files.createFile(candidate);
                return new Reservation(candidate, true);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
        String unique = base + "-" + LocalDateTime.now().format(STAMP) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        Path candidate = inside(folder, unique);
        Files.createFile(candidate);
        return new Reservation(candidate, true);
    }

    /**
     * Whether {@code sidecar} was written for the document whose original is {@code originalFilePath}: a run
     * of this document that stopped before its database commit (crash, lost lease), whose files the re-run
     * takes over under the same name instead of leaving them to no one.
     */
    static boolean writtenFor(Path sidecar, String originalFilePath) {
        if (originalFilePath == null || !Files.isRegularFile(sidecar)) {
            return false;
        }
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(sidecar, StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject json
                    && originalFilePath.equals(json.getString(MetadataJson.ORIGINAL_FILE_PATH, null));
        } catch (IOException | JsonException | ClassCastException e) {
            return false;
        }
    }

    public static Path sidecarOf(Path pdf) {
        return Filenames.sidecarOf(pdf);
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
