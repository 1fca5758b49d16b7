package io.docuelevate.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

    private static final Path WORKDIR = Path.of("/srv/docuelevate");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\"\""})
    void unsetMeansEmbeddedH2UnderWorkdir(String raw) {
        DatabaseUrl url = DatabaseUrl.parse(raw, WORKDIR);
        assertEquals(DatabaseUrl.Kind.H2, url.kind());
        assertTrue(url.isEmbedded());
        assertEquals(Path.of("/srv/docuelevate/db/docuelevate"), url.h2File());
        assertEquals(
                "jdbc:h2:file:/srv/docuelevate/db/docuelevate;MODE=LEGACY;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE",
                url.jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "postgresql://bob:secret@db.example:6543/docs",
                "postgres://bob:secret@db.example:6543/docs",
                "postgresql+psycopg2://bob:secret@db.example:6543/docs",
                "jdbc:postgresql://db.example:6543/docs?user=bob&password=secret",
                "jdbc:postgresql://bob:secret@db.example:6543/docs",
                "'postgresql://bob:secret@db.example:6543/docs'",
                "\"postgresql://bob:secret@db.example:6543/docs\"",
            })
    void everyPostgresFormGivesTheSameDatabase(String raw) {
        DatabaseUrl url = DatabaseUrl.parse(raw, WORKDIR);
        assertEquals(DatabaseUrl.Kind.POSTGRESQL, url.kind());
        assertEquals("db.example", url.host());
        assertEquals(6543, url.port());
        assertEquals("docs", url.database());
        assertEquals("bob", url.user());
        assertEquals("secret", url.password());
        assertEquals("jdbc:postgresql://db.example:6543/docs", url.jdbcUrl());
        assertEquals("postgresql://bob:****@db.example:6543/docs", url.toString());
    }

    @Test
    void defaultPortAndEncodedCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://b%40b:p%3Aw%2Fd+x@localhost/docs", WORKDIR);
        assertEquals(5432, url.port());
        assertEquals("b@b", url.user());
        assertEquals("p:w/d+x", url.password());
    }

    @Test
    void ipv6HostAndDriverParametersAreKept() {
        DatabaseUrl url =
                DatabaseUrl.parse("postgresql://bob:pw@[::1]:5433/docs?sslmode=require&connectTimeout=3", WORKDIR);
        assertEquals("::1", url.host());
        assertEquals(Map.of("sslmode", "require", "connectTimeout", "3"), url.parameters());
        assertEquals("jdbc:postgresql://[::1]:5433/docs?sslmode=require&connectTimeout=3", url.jdbcUrl());
    }

    @Test
    void userWithoutPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://bob@localhost:5432/docs", WORKDIR);
        assertEquals("", url.password());
        assertEquals("postgresql://bob@localhost:5432/docs", url.toString());
    }

    @Test
    void explicitH2FileIsAccepted() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:h2:file:/data/other;MODE=LEGACY", WORKDIR);
        assertEquals(Path.of("/data/other"), url.h2File());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql://bob:secret@db:notaport/docs | the port 'notaport' is not a number",
                "postgresql://bob:secret@db:70000/docs    | the port 70000 is outside 1–65535",
                "postgresql://bob:secret@db:5432          | the database name is missing",
                "postgresql://bob:secret@db:5432/         | the database name is missing",
                "postgresql://bob:secret@:5432/docs       | the host is missing",
                "postgresql://db:5432/docs                | the user name is missing",
                "postgresql://bob:secret@db/a/b           | must not contain '/'",
                "mysql://bob:secret@db/docs               | the scheme 'mysql' is not supported",
                "sqlite:///./app/database.db              | SQLite is not supported",
                "not a url at all                         | expected postgresql://user:password@host:port/name",
                "jdbc:h2:mem:test                         | only an H2 file database is supported",
                "postgresql://bob:se%ZZcret@db/docs       | malformed %-escape",
            })
    void malformedUrlsAreRefusedWithAReasonAndNoPassword(String raw, String reason) {
        InvalidConfigurationException error =
                assertThrows(InvalidConfigurationException.class, () -> DatabaseUrl.parse(raw, WORKDIR));
        assertTrue(error.getMessage().startsWith("DATABASE_URL '"), error.getMessage());
        assertTrue(error.getMessage().contains(reason), error.getMessage());
        assertFalse(error.getMessage().contains("secret"), error.getMessage());
        assertFalse(error.getMessage().contains("se%ZZcret"), error.getMessage());
    }

    @Test
    void maskHidesPasswordsInEveryForm() {
        assertEquals("postgresql://bob:****@db/x", DatabaseUrl.mask("postgresql://bob:pw@db/x"));
        assertEquals(
                "jdbc:postgresql://db/x?user=bob&password=****",
                DatabaseUrl.mask("jdbc:postgresql://db/x?user=bob&password=pw"));
        assertEquals("Connection to db refused", DatabaseUrl.mask("Connection to db refused"));
    }
}
