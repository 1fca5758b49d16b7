package io.docuelevate.infrastructure.backup;

import io.docuelevate.infrastructure.config.DatabaseUrl;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * PostgreSQL with its own tools: {@code pg_dump --format=custom} (an MVCC snapshot: uploads and workers
 * go on while it runs) streamed into the archive, and {@code pg_restore --clean --if-exists
 * --single-transaction} into the configured database. The password travels in {@code PGPASSWORD} of the
 * child process only, never on a command line; TLS parameters of {@code DATABASE_URL} become
 * {@code PGSSLMODE} and friends.
 */
final class PostgresDump implements DatabaseDump {

    /** Longest a dump or restore may take before it is abandoned. */
    static final Duration TIMEOUT = Duration.ofHours(6);

    private static final Map<String, String> LIBPQ_PARAMETERS = Map.of(
            "sslmode",
            "PGSSLMODE",
            "sslrootcert",
            "PGSSLROOTCERT",
            "sslcert",
            "PGSSLCERT",
            "sslkey",
            "PGSSLKEY",
            "connect_timeout",
            "PGCONNECT_TIMEOUT",
            "application_name",
            "PGAPPNAME");

    private final DataSource dataSource;
    private final DatabaseUrl database;
    private final Optional<Path> binDir;

    PostgresDump(DataSource dataSource, DatabaseUrl database, Optional<Path> binDir) {
        this.dataSource = dataSource;
        this.database = database;
        this.binDir = binDir;
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public String entryName() {
        return ArchiveEntries.POSTGRESQL_DUMP;
    }

    @Override
    public void dump(List<String> tables, OutputStream out, Path scratch) throws IOException, SQLException {
        String schema;
        try (Connection connection = dataSource.getConnection()) {
            schema = connection.getSchema();
        }
        List<String> command = new ArrayList<>(
                List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--no-password"));
        command.addAll(connectionArguments());
        for (String table : tables) {
            command.add("--table=" + DatabaseDump.quote(schema) + "." + DatabaseDump.quote(table));
        }
        Path errors = Files.createTempFile(scratch, "pg_dump-", ".err");
        try {
            Process process = start(command, errors, ProcessBuilder.Redirect.PIPE);
            try (InputStream dump = process.getInputStream()) {
                dump.transferTo(out);
            }
            finish(process, "pg_dump", errors);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    @Override
    public void restore(Path dumpFile) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DatabaseDump.dropApplicationTables(connection);
            connection.commit();
        }
        List<String> command = new ArrayList<>(List.of(
                tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--no-password"));
        command.addAll(connectionArguments());
        command.add(dumpFile.toAbsolutePath().toString());
        Path errors = Files.createTempFile(dumpFile.getParent(), "pg_restore-", ".err");
        try {
            Process process = start(command, errors, ProcessBuilder.Redirect.DISCARD);
            finish(process, "pg_restore", errors);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private List<String> connectionArguments() {
        return List.of(
                "--host=" + database.host(),
                "--port=" + database.port(),
                "--username=" + database.user(),
                "--dbname=" + database.database());
    }

    private Process start(List<String> command, Path errors, ProcessBuilder.Redirect output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(errors.toFile())
                .redirectOutput(output)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("PG"));
        environment.put("PGPASSWORD", database.password());
        environment.putIfAbsent("PGCONNECT_TIMEOUT", "10");
        database.parameters().forEach((name, value) -> {
            String variable = LIBPQ_PARAMETERS.get(name);
            if (variable != null) {
                environment.put(variable, value);
            }
        });
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException(
                    command.get(0) + " cannot be run (" + e.getMessage() + "); install the PostgreSQL client"
                            + " tools or point BACKUP_PG_BIN_DIR at them",
                    e);
        }
    }

    private static void finish(Process process, String tool, Path errors) throws IOException {
        try {
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within " + TIMEOUT.toHours() + " h");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(tool + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(tool + " failed with exit code " + process.exitValue() + ": " + tail(errors));
        }
    }

    private static String tail(Path errors) throws IOException {
        String text = new String(Files.readAllBytes(errors), StandardCharsets.UTF_8).strip();
        if (text.length() > 1000) {
            text = "…" + text.substring(text.length() - 1000);
        }
        return DatabaseUrl.mask(text.isEmpty() ? "(no message)" : text);
    }

    private String tool(String name) {
        return binDir.map(dir -> dir.resolve(name).toString()).orElse(name);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
