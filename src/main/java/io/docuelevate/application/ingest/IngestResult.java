package io.docuelevate.application.ingest;

/**
 * What an upload became: a queued new document, or an exact duplicate of an existing one (then
 * nothing was stored or queued and {@code fileId} is the original's id).
 */
public record IngestResult(
        boolean duplicate,
        long fileId,
        String taskId,
        String originalFilename,
        String storedFilename,
        String duplicateOfFilename) {}
