package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.ListedMetadata;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 8.1: fills the list columns V8 added ({@link ListedMetadata}) for documents that already have
 * metadata, reading the stored JSON the way the entity does, in batches. New metadata keeps them current
 * through {@code Document.setAiMetadata}; running it again changes nothing.
 */
public class DocumentListColumnsBackfill implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "backfill document list columns";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DocumentMetadataConverter converter = new DocumentMetadataConverter();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT id, ai_metadata FROM files WHERE ai_metadata IS NOT NULL");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE files SET meta_correspondent = ?, meta_document_type = ?, meta_document_date = ?,"
                                + " meta_tags = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ListedMetadata listed = ListedMetadata.of(converter.convertToEntityAttribute(rows.getString(2)));
                    update.setString(1, listed.correspondent());
                    update.setString(2, listed.documentType());
                    if (listed.documentDate() == null) {
                        update.setNull(3, Types.DATE);
                    } else {
                        update.setDate(3, Date.valueOf(listed.documentDate()));
                    }
                    update.setString(4, listed.tags());
                    update.setLong(5, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
