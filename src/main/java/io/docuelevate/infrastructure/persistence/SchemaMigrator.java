package io.docuelevate.infrastructure.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway over {@code classpath:db/migration}: the same scripts on H2 and PostgreSQL, run at server
 * start and by {@link MigrationCommand}. Liberty needs the empty {@code flyway.location} marker files
 * to list the folder, and Flyway must log through java.util.logging (see stack notes).
 */
public final class SchemaMigrator {

    /** What a migration run did. */
    public record Outcome(String schemaVersion, int applied, int pending) {}

    /** The schema state without changing anything. */
    public record Status(String schemaVersion, int pending) {
        public boolean upToDate() {
            return pending == 0;
        }
    }

    private SchemaMigrator() {}

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    public static Outcome migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        MigrateResult result = flyway.migrate();
        Status status = status(flyway);
        return new Outcome(status.schemaVersion(), result.migrationsExecuted, status.pending());
    }

    public static Status status(DataSource dataSource) {
        return status(flyway(dataSource));
    }

    private static Status status(Flyway flyway) {
        var info = flyway.info();
        MigrationInfo current = info.current();
        return new Status(current == null ? null : current.getVersion().getVersion(), info.pending().length);
    }
}
