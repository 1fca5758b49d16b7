package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.system.DatabasePreparation;
import io.docuelevate.application.system.StartupFailure;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database to the schema this release needs at start: proves it is reachable, then
 * migrates ({@code MIGRATE_ON_STARTUP=true}) or refuses to run against an outdated schema.
 */
@ApplicationScoped
public class DatabaseInitializer implements DatabasePreparation {

    private static final Logger LOG = Logger.getLogger(DatabaseInitializer.class.getName());

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Inject
    CoreSettings settings;

    @Override
    public void prepare() {
        DatabaseUrl database = settings.database();
        try (Connection connection = dataSource.getConnection()) {
            String product = productOf(connection);
            LOG.info(() -> "Database: " + database + " (" + product + ")");
        } catch (SQLException | RuntimeException e) {
            throw new StartupFailure("cannot connect to the database " + database + ": " + DatabaseErrors.describe(e)
                    + ". Check DATABASE_URL and that the database server is running.");
        }
        try {
            if (settings.migrateOnStartup()) {
                SchemaMigrator.Outcome outcome = SchemaMigrator.migrate(dataSource);
                LOG.info(() -> "Database schema at version " + outcome.schemaVersion() + " (" + outcome.applied()
                        + " migrations applied now)");
            } else {
                SchemaMigrator.Status status = SchemaMigrator.status(dataSource);
                if (!status.upToDate()) {
                    throw new StartupFailure("the database schema is at version " + status.schemaVersion() + " with "
                            + status.pending() + " migrations pending and MIGRATE_ON_STARTUP=false;"
                            + " run bin/docuelevate-migrate first");
                }
            }
        } catch (StartupFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StartupFailure("database migration failed on " + database + ": " + DatabaseErrors.describe(e));
        }
    }

    private static String productOf(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
}
