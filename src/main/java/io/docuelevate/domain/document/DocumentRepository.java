package io.docuelevate.domain.document;

import java.util.Optional;
import java.util.Set;

/** Stored documents ({@code files}). Calls join the caller's transaction. */
public interface DocumentRepository {

    Document add(Document document);

    Optional<Document> find(long id);

    /** The original (non-duplicate) document with these bytes for this owner; {@code null} owner = unowned. */
    Optional<Document> findOriginalByHash(String ownerId, String fileHash);

    void remove(Document document);

    /** Makes the duplicates of {@code originalId} stand alone (before the original is deleted). */
    void clearDuplicateReferences(long originalId);

    /** Every {@code processed_file_path} a document holds (relative to the work directory), to find files no one owns. */
    Set<String> processedFilePaths();

    /** The document whose published PDF is {@code processedPath} (relative to the work directory), if any. */
    Optional<Document> findByProcessedPath(String processedPath);

    /** Every {@code original_file_path} a document holds (relative to the work directory), to find originals no one owns. */
    Set<String> originalFilePaths();
}
