package io.docuelevate.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.system.ConfigurationValues.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundSettingsTest {

    @Test
    void everySettingTheBeansBindIsListedOnceInOrder() {
        List<String> names = BoundSettings.names().toList();
        assertTrue(
                names.containsAll(List.of("SESSION_SECRET", "ADMIN_PASSWORD", "DATABASE_URL", "WORKDIR", "REDIS_URL")),
                names.toString());
        assertEquals(names.stream().sorted().distinct().toList(), names);
    }

    @Test
    void sourcesAreNamedFromTheConfigSources() {
        assertEquals(Source.ENVIRONMENT, BoundSettings.source("environment (cleaned)"));
        assertEquals(Source.DOTENV, BoundSettings.source("dotenv"));
        assertEquals(
                Source.DEFAULT,
                BoundSettings.source(
                        "PropertiesConfigSource[source=jar:file:/x.war!/META-INF/microprofile-config.properties]"));
        assertEquals(Source.OTHER, BoundSettings.source("SysPropConfigSource"));
    }

    @Test
    void theAdminCenterIsOnOnlyWithItsOverrideFile(@TempDir Path server) throws IOException {
        assertFalse(LibertyAdminCenter.enabledIn(server));
        Path override = server.resolve(LibertyAdminCenter.OVERRIDE);
        Files.createDirectories(override.getParent());
        Files.writeString(override, "<server/>");
        assertTrue(LibertyAdminCenter.enabledIn(server));
    }
}
