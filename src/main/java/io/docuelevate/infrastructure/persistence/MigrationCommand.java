package io.docuelevate.infrastructure.persistence;

import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import io.docuelevate.infrastructure.persistence.jdbc.DatabaseUrlDataSource;

/**
 * One-shot schema migration for deploy pipelines ({@code bin/docuelevate-migrate}, the Kubernetes
 * migrate Job). Reads {@code DATABASE_URL} and {@code WORKDIR} like the server, applies what is
 * pending and exits 0; a second run changes nothing and exits 0 too. Exit 1 means the database could
 * not be migrated, 2 that the configuration is wrong; the reason is one line on stderr.
 */
public final class MigrationCommand {

    private MigrationCommand() {}

    public static void main(String[] args) {
        DatabaseUrl database;
        try {
            database = DatabaseUrlDataSource.configuredDatabase();
        } catch (InvalidConfigurationException e) {
            System.err.println("docuelevate-migrate: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            SchemaMigrator.Outcome outcome = SchemaMigrator.migrate(DatabaseUrlDataSource.plainDataSource(database));
            System.out.println("docuelevate-migrate: " + database + ": schema at version " + outcome.schemaVersion()
                    + ", " + outcome.applied() + (outcome.applied() == 1 ? " migration" : " migrations") + " applied"
                    + (outcome.applied() == 0 ? " (already up to date)" : ""));
            System.exit(0);
        } catch (RuntimeException e) {
            System.err.println("docuelevate-migrate: cannot migrate " + database + ": " + DatabaseErrors.describe(e));
            System.exit(1);
        }
    }
}
