package io.docuelevate.application.backup;

import java.util.List;

/**
 * What a backup archive holds, as its manifest says: when and from which installation it was made,
 * the database kind, schema version and tables, the documents and files, the Meilisearch dump asked
 * for, and the archive's own size and SHA-256.
 */
public record ArchiveSummary(
        String createdAt,
        String installationId,
        String dbKind,
        String schemaVersion,
        List<String> tables,
        long documents,
        boolean includesFiles,
        long originalFiles,
        long processedFiles,
        String meilisearchStatus,
        Long meilisearchTaskUid,
        long sizeBytes,
        String sha256) {

    public ArchiveSummary {
        tables = List.copyOf(tables);
    }

    public long files() {
        return originalFiles + processedFiles;
    }
}
