package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.DatabaseFacts;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.infrastructure.config.CoreSettings;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.persistence.DatabaseErrors;
import io.docuelevate.infrastructure.persistence.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** {@link DatabaseFacts} from the configured {@code DATABASE_URL}, a connection and Flyway. */
@ApplicationScoped
public class JdbcDatabaseFacts implements DatabaseFacts {

    /** Passwords seen in examples and quick starts; a production database must not use them. */
    static final Set<String> DEFAULT_DATABASE_PASSWORDS = Set.of(
            "docuelevate",
            "postgres",
            "password",
            "changeme",
            "change-me",
            "secret",
            "strongpassword",
            "admin",
            "root",
            "test",
            "example");

    @Inject
    CoreSettings core;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Override
    public ReadinessSnapshot.Database database() {
        DatabaseUrl database = core.database();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new ReadinessSnapshot.Database(
                    database.kind().label(),
                    database.toString(),
                    true,
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            return new ReadinessSnapshot.Database(database.kind().label(), database.toString(), false, describe(e));
        }
    }

    @Override
    public ReadinessSnapshot.Migrations migrations() {
        try {
            SchemaMigrator.Status status = SchemaMigrator.status(dataSource);
            return new ReadinessSnapshot.Migrations(status.schemaVersion(), status.pending(), null);
        } catch (RuntimeException e) {
            return new ReadinessSnapshot.Migrations(null, 0, describe(e));
        }
    }

    @Override
    public Optional<String> passwordProblem() {
        DatabaseUrl database = core.database();
        if (database.kind() != DatabaseUrl.Kind.POSTGRESQL) {
            return Optional.empty();
        }
        String password = database.password();
        if (password.isEmpty()) {
            return Optional.of("DATABASE_URL has no password");
        }
        if (DEFAULT_DATABASE_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))
                || password.equalsIgnoreCase(database.user())) {
            return Optional.of("DATABASE_URL uses a default or guessable database password");
        }
        return Optional.empty();
    }

    @Override
    public String describe(Throwable failure) {
        return DatabaseErrors.describe(failure);
    }
}
