package io.docuelevate.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentSettingsTest {

    @Test
    void dotEnvLinesAreParsedLikeTheReference() {
        Map<String, String> values = EnvironmentSettings.parseDotEnv(List.of(
                "# comment",
                "",
                "WORKDIR=/data",
                "export AUTH_ENABLED=false",
                "DATABASE_URL=\"postgresql://u:p#w@db/x\"",
                "SESSION_SECRET='a b c'",
                "PLAIN=value # trailing comment",
                "EMPTY=",
                "not a setting"));
        assertEquals("/data", values.get("WORKDIR"));
        assertEquals("false", values.get("AUTH_ENABLED"));
        assertEquals("postgresql://u:p#w@db/x", values.get("DATABASE_URL"));
        assertEquals("a b c", values.get("SESSION_SECRET"));
        assertEquals("value", values.get("PLAIN"));
        assertEquals("", values.get("EMPTY"));
        assertEquals(6, values.size());
    }

    @Test
    void environmentWinsOverDotEnvAndQuotesAreStripped() {
        EnvironmentSettings settings = new EnvironmentSettings(
                Map.of("DATABASE_URL", "'postgresql://env@db/x'"),
                Map.of("DATABASE_URL", "postgresql://file@db/x", "WORKDIR", "/from/file", "BLANK", "  "));
        assertEquals(Optional.of("postgresql://env@db/x"), settings.get("DATABASE_URL"));
        assertEquals(Path.of("/from/file"), settings.workdir());
        assertEquals(Optional.empty(), settings.get("BLANK"));
        assertEquals(Optional.empty(), settings.get("MISSING"));
    }

    @Test
    void workdirDefaultsUnderTheWorkingDirectory() {
        EnvironmentSettings settings = new EnvironmentSettings(Map.of(), Map.of());
        assertEquals(Path.of(System.getProperty("user.dir"), "workdir").toAbsolutePath(), settings.workdir());
    }

    @Test
    void dotEnvPathCanBeRedirectedAndAMissingFileIsEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("custom.env");
        Files.writeString(file, "REDIS_URL=redis://127.0.0.1:6379/0\n");
        assertEquals(file, EnvironmentSettings.dotEnvPath(Map.of("DOTENV_PATH", file.toString())));
        assertEquals(
                "redis://127.0.0.1:6379/0", EnvironmentSettings.readDotEnv(file).get("REDIS_URL"));
        assertTrue(EnvironmentSettings.readDotEnv(dir.resolve("absent.env")).isEmpty());
    }
}
