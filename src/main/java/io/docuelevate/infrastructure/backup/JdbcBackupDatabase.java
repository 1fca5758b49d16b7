package io.docuelevate.infrastructure.backup;

import io.docuelevate.application.backup.BackupDatabase;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link BackupDatabase} over the server's data source and Flyway. */
@ApplicationScoped
public class JdbcBackupDatabase implements BackupDatabase {

    @Inject
    CoreSettings core;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Override
    public String kind() {
        return core.database().kind().label();
    }

    @Override
    public String schemaVersion() {
        return SchemaMigrator.status(dataSource).schemaVersion();
    }

    @Override
    public long countDocuments() {
        try (Connection connection = dataSource.getConnection()) {
            return BackupArchiveBuilder.countDocuments(connection);
        } catch (SQLException e) {
            return -1;
        }
    }

    @Override
    public String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SQLException || e.getCause() instanceof SQLException) {
            message = "database error: " + message;
        }
        return DatabaseUrl.mask(message);
    }
}
