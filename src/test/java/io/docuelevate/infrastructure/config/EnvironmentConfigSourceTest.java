package io.docuelevate.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentConfigSourceTest {

    @Test
    void valuesAreServedWithoutSurroundingQuotesAndWhitespace() {
        Map<String, String> cleaned = CleanedConfigSource.cleaned(
                Map.of("A", " 'false' ", "B", "\" 5/second \"", "C", "plain", "D", "  ", "E", "'unbalanced\""));

        assertEquals("false", cleaned.get("A"));
        assertEquals("5/second", cleaned.get("B"));
        assertEquals("plain", cleaned.get("C"));
        assertEquals("", cleaned.get("D"), "an empty value is a missing one for MicroProfile Config");
        assertEquals("'unbalanced\"", cleaned.get("E"));
    }

    @Test
    void itWinsOverTheRawEnvironmentAndLosesToSystemProperties() {
        EnvironmentConfigSource source = new EnvironmentConfigSource();
        assertTrue(source.getOrdinal() > 300 && source.getOrdinal() < 400);
        assertTrue(source.getOrdinal() > DotEnvConfigSource.ORDINAL);
    }
}
