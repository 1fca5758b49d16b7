package io.docuelevate.infrastructure.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.config.ConversionSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without LibreOffice (or with conversion off) uploads fail at once with the reason, and health says why. */
class MissingConverterTest {

    @TempDir
    Path dir;

    private static ConversionSettings settings(boolean enabled, String home) {
        return new ConversionSettings() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Optional<String> officeHome() {
                return Optional.ofNullable(home);
            }
        };
    }

    private static ConverterHealthProbe probe(ConversionSettings settings) {
        OfficeProcess office = new OfficeProcess();
        office.settings = settings;
        LibreOfficeConverter converter = new LibreOfficeConverter();
        converter.settings = settings;
        converter.office = office;
        ConverterHealthProbe probe = new ConverterHealthProbe();
        probe.settings = settings;
        probe.office = office;
        probe.converter = converter;
        return probe;
    }

    @Test
    void aMissingOfficeHomeFailsTheConversionWithTheReasonAndDegradesHealth() {
        ConverterHealthProbe probe =
                probe(settings(true, dir.resolve("no-office").toString()));
        DocumentRejectedException refused = assertThrows(
                DocumentRejectedException.class,
                () -> probe.converter.toPdf(dir.resolve("a.docx"), DocumentType.DOCX, dir.resolve("a.pdf")));
        assertTrue(
                refused.getMessage().startsWith("LibreOffice (soffice) was not found in OFFICE_HOME="),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("libreoffice-writer-nogui"), refused.getMessage());
        ComponentHealth health = probe.probe();
        assertEquals(ComponentHealth.Status.DEGRADED, health.status());
        assertEquals(refused.getMessage(), health.detail());
        assertEquals(1L, health.facts().get("failures"));
        assertEquals(false, probe.office.running(), "nothing was started");
    }

    @Test
    void switchedOffIsNotConfiguredAndRefusesConversions() {
        ConverterHealthProbe probe = probe(settings(false, null));
        assertEquals(ComponentHealth.Status.NOT_CONFIGURED, probe.probe().status());
        assertEquals(
                Optional.of("conversion is switched off (OFFICE_CONVERSION_ENABLED=false)"),
                probe.converter.unavailable());
    }

    @Test
    void theProfileTemplateBlocksRemoteLoadsAndMacros() {
        assertTrue(OfficeProcess.REGISTRY.contains("\"BlockUntrustedRefererLinks\" oor:op=\"fuse\"><value>true<"));
        assertTrue(OfficeProcess.REGISTRY.contains("\"ooInetHTTPProxyPort\" oor:op=\"fuse\"><value>9<"));
        assertTrue(OfficeProcess.REGISTRY.contains("\"ooInetHTTPSProxyName\" oor:op=\"fuse\"><value>127.0.0.1<"));
        assertTrue(OfficeProcess.REGISTRY.contains("\"DisableMacrosExecution\" oor:op=\"fuse\"><value>true<"));
    }
}
