package io.docuelevate.application.documents;

import io.docuelevate.domain.metadata.DocumentMetadata;

/**
 * Use cases that change documents after ingest: reprocess, retry one step, delete. Each works on one
 * document and is safe to call while workers run (the durable queue serialises processing).
 *
 * @throws DocumentNotFoundException when the document does not exist
 * @throws OperationRefusedException when it cannot be done (see the reasons)
 */
public interface DocumentCommands {

    /** Queues the whole pipeline again for the document, keeping its original; returns the task id. */
    String reprocess(long fileId);

    /**
     * Queues the pipeline again from one step ({@code check_text}, {@code extract_text},
     * {@code process_with_ocr}, ...); returns the task id. An unknown step name is INVALID.
     */
    String retryStep(long fileId, String stepName);

    /**
     * Deletes the document's row, steps, queued work and files (original, processed); refused with
     * DISABLED when {@code ALLOW_FILE_DELETE=false} and CONFLICT under legal hold.
     */
    void delete(long fileId);

    /**
     * Replaces the document's metadata with a correction, enriches and publishes its PDF again (renamed
     * when the file name changes) and returns the processed file's path; INVALID when the document has
     * no PDF to enrich yet.
     */
    String correctMetadata(long fileId, DocumentMetadata metadata);
}
