package io.docuelevate.application.ingest;

import io.docuelevate.application.processing.PipelineQueue;
import io.docuelevate.application.processing.ProcessingHistory;
import io.docuelevate.application.processing.ProcessingOptions;
import io.docuelevate.application.system.PipelineMetrics;
import io.docuelevate.domain.document.ConvertibleTypes;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentRepository;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.document.StepStatus;
import io.docuelevate.domain.processing.DocumentConverter;
import io.docuelevate.domain.processing.PipelineSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Ingest: stream the bytes to {@code WORKDIR/tmp} while hashing (never the whole file in memory),
 * decide the type by content, short-circuit exact duplicates, keep the original immutable under
 * {@code WORKDIR/original}, and write the document, its planned steps and its work item in one
 * transaction. Nothing half-done survives a failure: the temporary or original file is removed.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class.getName());
    private static final int BUFFER = 64 * 1024;

    @Inject
    DocumentFiles workdir;

    @Inject
    ProcessingOptions settings;

    @Inject
    DocumentRepository documents;

    @Inject
    IngestTransactions transactions;

    @Inject
    PipelineMetrics metrics;

    @Inject
    DocumentConverter converter;

    /**
     * A file streamed to {@code tmp/}: where it is, its size, hash and detected type. Nothing is recorded until it
     * is {@link #ingest(StagedFile, String, String) ingested}; {@link #discard(StagedFile)} drops it.
     */
    public record StagedFile(Path path, long size, String sha256, Optional<DocumentType> type, String headerHint) {}

    /**
     * Records a staged file as a new document (or as a duplicate of an earlier one) and queues it; the staged
     * file is gone afterwards either way.
     */
    public IngestResult ingest(StagedFile staged, String clientFilename, String ownerId) {
        String originalFilename = Filenames.uploadName(clientFilename);
        try {
            DocumentType type = typeOf(staged, originalFilename);
            if (settings.deduplication()) {
                Optional<Document> existing = documents.findOriginalByHash(ownerId, staged.sha256());
                if (existing.isPresent()) {
                    Document original = existing.get();
                    transactions.recordDuplicate(
                            ownerId, staged.sha256(), originalFilename, staged.size(), type, original);
                    return new IngestResult(
                            true, original.getId(), null, originalFilename, null, original.getOriginalFilename());
                }
            }
            String storedFilename = UUID.randomUUID() + type.extension();
            Path original = workdir.original().resolve(storedFilename);
            Files.move(staged.path(), original, StandardCopyOption.ATOMIC_MOVE);
            makeReadOnly(original);
            try {
                IngestResult result = transactions.recordNewDocument(
                        ownerId, staged.sha256(), originalFilename, storedFilename, staged.size(), type);
                metrics.documentIngested(type.mimeType());
                return result;
            } catch (RuntimeException e) {
                Files.deleteIfExists(original);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        } finally {
            discard(staged);
        }
    }

    /**
     * The staged file's type: PDF and images by their signature, else an Office, text or e-mail file
     * ({@link ConvertibleTypes}) when conversion is on; anything else is refused.
     */
    private DocumentType typeOf(StagedFile staged, String originalFilename) throws IOException {
        Optional<DocumentType> accepted = acceptedType(staged, originalFilename);
        if (accepted.isPresent()) {
            return accepted.get();
        }
        String acceptedTypes = converter.enabled()
                ? "PDF, PNG, JPEG, TIFF, GIF, BMP, WebP (by content), " + ConvertibleTypes.acceptedNames()
                        + " (converted to PDF)"
                : "PDF, PNG, JPEG, TIFF, GIF, BMP, WebP (decided by content, not by name); Office, text and"
                        + " e-mail files are not converted on this server (OFFICE_CONVERSION_ENABLED=false)";
        throw new UnsupportedDocumentException("Unsupported file type for '" + originalFilename + "': "
                + staged.headerHint() + ". Accepted: " + acceptedTypes);
    }

    /**
     * The type the staged file would be ingested as (PDF and images by their signature, else an Office, text or
     * e-mail file when conversion is on), empty when it would be refused.
     */
    public Optional<DocumentType> acceptedType(StagedFile staged, String originalFilename) throws IOException {
        if (staged.type().isPresent()) {
            return staged.type();
        }
        Optional<DocumentType> convertible =
                staged.size() == 0 ? Optional.empty() : ConvertibleTypes.detect(staged.path(), originalFilename);
        return convertible.isPresent() && converter.enabled() ? convertible : Optional.empty();
    }

    /** Removes a staged file that will not be ingested. */
    public void discard(StagedFile staged) {
        deleteQuietly(staged.path());
    }

    /**
     * Streams {@code content} to {@code tmp/} while hashing it and enforcing {@code MAX_UPLOAD_SIZE}; on any
     * failure the partial file is removed.
     *
     * @throws UploadInterruptedException reading {@code content} failed: the upload broke off or its multipart
     *     body ended early (a failure to write {@code tmp/} is the server's: {@link UncheckedIOException})
     */
    public StagedFile stage(InputStream content) {
        Path tmp;
        try {
            tmp = Files.createTempFile(workdir.tmp(), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + workdir.tmp(), e);
        }
        MessageDigest digest = sha256();
        byte[] header = new byte[DocumentType.HEADER_BYTES];
        int headerLength = 0;
        long size = 0;
        long limit = settings.maxUploadSize();
        try (OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = read(content, buffer)) >= 0) {
                size += read;
                if (size > limit) {
                    throw new UploadTooLargeException(limit);
                }
                if (headerLength < header.length) {
                    int take = Math.min(read, header.length - headerLength);
                    System.arraycopy(buffer, 0, header, headerLength, take);
                    headerLength += take;
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write the upload to " + workdir.tmp() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        String hint = size == 0 ? "the file is empty" : "content starts with " + describe(header, headerLength);
        return new StagedFile(
                tmp, size, HexFormat.of().formatHex(digest.digest()), DocumentType.detect(header, headerLength), hint);
    }

    private static int read(InputStream content, byte[] buffer) {
        try {
            return content.read(buffer);
        } catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
    }

    private static String describe(byte[] header, int length) {
        if (length >= 4 && header[0] == 'P' && header[1] == 'K' && header[2] == 3 && header[3] == 4) {
            return "a ZIP signature (PK)";
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(length, 8); i++) {
            hex.append(String.format("%02x", header[i]));
        }
        return "bytes " + hex;
    }

    private static void makeReadOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.fine(() -> "cannot make " + file + " read-only: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete temporary file " + file + ": " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database side of an ingest, one transaction: document, planned steps, history, work item. */
    @ApplicationScoped
    public static class IngestTransactions {

        @Inject
        DocumentRepository documents;

        @Inject
        ProcessingHistory history;

        @Inject
        PipelineQueue queue;

        /**
         * Keeps a row for an exact duplicate upload (no file of its own, nothing queued), so the
         * upload shows in the history and in {@code /api/duplicates}.
         */
        @Transactional
        public void recordDuplicate(
                String ownerId,
                String sha256,
                String originalFilename,
                long size,
                DocumentType type,
                Document original) {
            Document duplicate = new Document(ownerId, sha256, originalFilename, size, type.mimeType());
            duplicate.markDuplicateOf(original.getId());
            documents.add(duplicate);
            history.recordWithin(
                    duplicate.getId(),
                    null,
                    PipelineSteps.CHECK_FOR_DUPLICATES,
                    StepStatus.SUCCESS,
                    "Duplicate detected – matching file ID " + original.getId());
        }

        @Transactional
        public IngestResult recordNewDocument(
                String ownerId,
                String sha256,
                String originalFilename,
                String storedFilename,
                long size,
                DocumentType type) {
            Document document = new Document(ownerId, sha256, originalFilename, size, type.mimeType());
            document.setLocalFilename(storedFilename);
            document.setOriginalFilePath("original/" + storedFilename);
            documents.add(document);
            String taskId = queue.newTaskId();
            history.recordWithin(
                    document.getId(),
                    taskId,
                    PipelineSteps.CREATE_FILE_RECORD,
                    StepStatus.SUCCESS,
                    "File record created for " + originalFilename);
            history.planSteps(
                    document.getId(), PipelineSteps.planned(PipelineSteps.ORDER.get(0), type.needsConversion()));
            queue.enqueue(document.getId(), taskId);
            return new IngestResult(false, document.getId(), taskId, originalFilename, storedFilename, null);
        }
    }
}
