package io.docuelevate.infrastructure.persistence.jdbc;

import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.EnvironmentSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;
import org.postgresql.xa.PGXADataSource;

/**
 * The XA data source Liberty's {@code dataSource} is configured with. It reads {@code DATABASE_URL}
 * (environment, then {@code .env}) when the first connection is requested and delegates to the H2 or
 * PostgreSQL driver, so one server configuration serves both databases whatever starts the server
 * (Maven, a container entrypoint, Kubernetes).
 */
public class DatabaseUrlDataSource implements XADataSource {

    /** Seconds allowed to open a PostgreSQL connection, so health checks answer while the database is away. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private volatile XADataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** The database this process is configured for. */
    public static DatabaseUrl configuredDatabase() {
        EnvironmentSettings settings = EnvironmentSettings.ofProcess();
        return DatabaseUrl.parse(settings.get("DATABASE_URL").orElse(null), settings.workdir());
    }

    /** A plain (non-XA) data source for tools that run outside the server, such as the migrate command. */
    public static DataSource plainDataSource(DatabaseUrl url) {
        return url.isEmbedded() ? h2(url) : PostgresSources.simple(url);
    }

    static XADataSource xaDataSource(DatabaseUrl url) {
        return url.isEmbedded() ? h2(url) : PostgresSources.xa(url);
    }

    private static org.h2.jdbcx.JdbcDataSource h2(DatabaseUrl url) {
        try {
            Files.createDirectories(url.h2File().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create the database directory " + url.h2File().getParent(), e);
        }
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url.jdbcUrl());
        source.setUser(url.user());
        source.setPassword(url.password());
        return source;
    }

    /** Kept apart so that the PostgreSQL driver classes load only when PostgreSQL is configured. */
    private static final class PostgresSources {
        static DataSource simple(DatabaseUrl url) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            configure(source, url);
            return source;
        }

        static XADataSource xa(DatabaseUrl url) {
            PGXADataSource source = new PGXADataSource();
            configure(source, url);
            return source;
        }

        private static void configure(BaseDataSource source, DatabaseUrl url) {
            source.setServerNames(new String[] {url.host()});
            source.setPortNumbers(new int[] {url.port()});
            source.setDatabaseName(url.database());
            source.setUser(url.user());
            source.setPassword(url.password());
            source.setApplicationName("docuelevate");
            source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            source.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
            for (Map.Entry<String, String> parameter : url.parameters().entrySet()) {
                try {
                    source.setProperty(parameter.getKey(), parameter.getValue());
                } catch (SQLException e) {
                    throw new IllegalArgumentException(
                            "DATABASE_URL parameter '" + parameter.getKey() + "' is not a PostgreSQL driver property",
                            e);
                }
            }
        }
    }

    private XADataSource delegate() {
        XADataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = xaDataSource(configuredDatabase());
                    delegate = current;
                }
            }
        }
        return current;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return delegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return delegate().getXAConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }
}
