package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.ListedMetadata;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Right after migration V8, in its transaction: fills the list columns V8 added ({@link ListedMetadata}) for
 * documents that already have metadata, reading the stored JSON the way the entity does, in batches. A Flyway
 * callback rather than a Java migration of its own, so the schema version stays the number of the last SQL
 * script. New metadata keeps the columns current through {@code Document.setAiMetadata}.
 */
public class DocumentListColumnsBackfill implements Callback {

    /** The migration whose columns this fills. */
    static final String AFTER_VERSION = "8";

    private static final int BATCH = 500;

    @Override
    public boolean supports(Event event, Context context) {
        if (event != Event.AFTER_EACH_MIGRATE) {
            return false;
        }
        if (context == null) {
            return true; // Flyway first asks without a context whether the event concerns this callback at all
        }
        MigrationInfo migration = context.getMigrationInfo();
        return migration != null
                && migration.getVersion() != null
                && AFTER_VERSION.equals(migration.getVersion().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "backfill document list columns";
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            backfill(context.getConnection());
        } catch (SQLException e) {
            throw new FlywayException("Filling the document list columns failed: " + e.getMessage(), e);
        }
    }

    static void backfill(Connection connection) throws SQLException {
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
