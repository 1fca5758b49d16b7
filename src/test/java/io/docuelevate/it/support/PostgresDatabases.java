package io.docuelevate.it.support;

import io.docuelevate.infrastructure.config.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh PostgreSQL databases for integration tests, on the local server that {@code bin/setup-services}
 * starts (role {@code docuelevate} with CREATEDB). Each test gets its own database, so runs never
 * depend on what an earlier run left behind.
 */
public final class PostgresDatabases {

    private static final DatabaseUrl ADMIN = DatabaseUrl.parse(
            System.getProperty("it.postgres.url", "postgresql://docuelevate:docuelevate@127.0.0.1:5432/postgres"),
            Path.of("."));

    private PostgresDatabases() {}

    /** Creates an empty database and returns its name. */
    public static String create(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = connect(ADMIN.database());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create test database " + name + " (is bin/setup-services done?)", e);
        }
        return name;
    }

    /** The {@code DATABASE_URL} of a test database, in the reference's form. */
    public static String url(String database) {
        return url(database, ADMIN.host(), ADMIN.port());
    }

    /** The {@code DATABASE_URL} of a test database reached through another host and port (a proxy). */
    public static String url(String database, String host, int port) {
        return "postgresql://" + ADMIN.user() + ":" + ADMIN.password() + "@" + host + ":" + port + "/" + database;
    }

    public static String host() {
        return ADMIN.host();
    }

    public static int port() {
        return ADMIN.port();
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + ADMIN.host() + ":" + ADMIN.port() + "/" + database,
                ADMIN.user(),
                ADMIN.password());
    }

    public static void drop(String database) {
        try (Connection connection = connect(ADMIN.database());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database, e);
        }
    }
}
