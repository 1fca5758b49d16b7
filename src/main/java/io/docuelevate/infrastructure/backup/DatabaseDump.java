package io.docuelevate.infrastructure.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dumps and restores the application's tables with the database's own tools while the server runs.
 * The backup bookkeeping ({@code backup_records}, {@code cluster_nodes}) and Liberty's batch job
 * repository ({@code WLP*}) are left out: a restore must not bring back an old list of backups, old
 * replicas or finished job executions.
 */
public interface DatabaseDump {

    /** Tables that are never part of a backup. */
    Set<String> EXCLUDED = Set.of("backup_records", "cluster_nodes");

    /** {@code h2} or {@code postgresql}, as in the manifest. */
    String kind();

    /** The archive entry holding the dump. */
    String entryName();

    /** Writes a consistent dump of {@code tables} to {@code out}; {@code scratch} is a folder for temporary files. */
    void dump(List<String> tables, OutputStream out, Path scratch) throws IOException, SQLException;

    /**
     * Replaces the application's tables by the dump in {@code dumpFile}: drops the current ones (also
     * tables a newer schema added), then loads the dump. The caller migrates the schema afterwards.
     */
    void restore(Path dumpFile) throws IOException, SQLException;

    /** Whether a table belongs in a backup. */
    static boolean backedUp(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        return !EXCLUDED.contains(lower) && !lower.startsWith("wlp");
    }

    /** The application's tables in the connection's schema, in name order. */
    static List<String> applicationTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            query.setString(1, connection.getSchema());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (backedUp(table)) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables;
    }

    /** Drops the application's tables (with their constraints, indexes and identity sequences). */
    static void dropApplicationTables(Connection connection) throws SQLException {
        List<String> tables = applicationTables(connection);
        String schema = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + quote(schema) + "." + quote(table) + " CASCADE");
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
