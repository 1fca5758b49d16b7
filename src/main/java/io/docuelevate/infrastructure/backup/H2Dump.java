package io.docuelevate.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The embedded H2 database: {@code SCRIPT ... DROP TO} writes the listed tables as SQL (H2 reads them
 * under MVCC, so writers are not blocked), and a restore runs {@code RUNSCRIPT} on a connection of the
 * running server. A file copy or {@code BACKUP TO} would need the database closed to be restored; a
 * script can be replayed while the server keeps serving.
 */
final class H2Dump implements DatabaseDump {

    /** How long the restore waits for locks other transactions hold (ms). */
    static final int LOCK_TIMEOUT_MILLIS = 30_000;

    private final DataSource dataSource;

    H2Dump(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public String entryName() {
        return ArchiveEntries.H2_SCRIPT;
    }

    @Override
    public void dump(List<String> tables, OutputStream out, Path scratch) throws IOException, SQLException {
        Path script = scratch.resolve("h2-" + System.nanoTime() + ".sql");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String schema = connection.getSchema();
            String list = tables.stream()
                    .map(t -> DatabaseDump.quote(schema) + "." + DatabaseDump.quote(t))
                    .collect(Collectors.joining(", "));
            statement.execute("SCRIPT NOPASSWORDS NOSETTINGS DROP TO " + literal(script) + " TABLE " + list);
        }
        try (InputStream in = Files.newInputStream(script)) {
            in.transferTo(out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Override
    public void restore(Path dumpFile) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("SET LOCK_TIMEOUT " + LOCK_TIMEOUT_MILLIS);
            DatabaseDump.dropApplicationTables(connection);
            statement.execute("RUNSCRIPT FROM " + literal(dumpFile));
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
