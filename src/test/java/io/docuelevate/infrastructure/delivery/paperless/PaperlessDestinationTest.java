package io.docuelevate.infrastructure.delivery.paperless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.DeliveredDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Paperless-ngx settings as the environment and integrations give them, and the document date rule. */
class PaperlessDestinationTest {

    @Test
    void theMappingKeepsItsOrderAndTheAbsenderFieldWins() {
        PaperlessDestination destination = PaperlessRemoteStoreProvider.destination(
                Map.of(
                        "host", "paperless.example.test/archive",
                        "custom_fields_mapping", "{\"document_type\":\"Typ\",\"absender\":\"Von\",\"language\":\"L\"}",
                        "custom_field_absender", "Absender"),
                Map.of("api_token", "t0ken"));

        assertEquals(
                "https://paperless.example.test/archive", destination.baseUrl().toString());
        assertEquals(
                List.of("document_type", "absender", "language"),
                List.copyOf(destination.customFields().keySet()));
        assertEquals("Absender", destination.customFields().get("absender"));
        assertEquals("Paperless-ngx https://paperless.example.test/archive", destination.label());
        assertEquals(
                "http://10.1.2.3:8000/",
                PaperlessRemoteStoreProvider.destination(
                                Map.of("url", "http://10.1.2.3:8000"), Map.of("api_token", "t"))
                        .baseUrl()
                        .toString());
    }

    @Test
    void missingOrMalformedSettingsAreNamed() {
        assertEquals(
                "api_token is required",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> PaperlessRemoteStoreProvider.destination(Map.of("host", "h"), Map.of()))
                        .getMessage());
        assertEquals(
                "host is required (the base URL of Paperless-ngx)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> PaperlessRemoteStoreProvider.destination(Map.of(), Map.of("api_token", "t")))
                        .getMessage());
        IllegalArgumentException notJson = assertThrows(
                IllegalArgumentException.class,
                () -> PaperlessDestination.of(
                        "https://p.example.test",
                        "t",
                        Optional.of("[\"Typ\"]"),
                        Optional.empty(),
                        Map.of("host", "PAPERLESS_HOST", "mapping", "PAPERLESS_CUSTOM_FIELDS_MAPPING")));
        assertTrue(notJson.getMessage().startsWith("PAPERLESS_CUSTOM_FIELDS_MAPPING must be a JSON object"));
        IllegalArgumentException notText = assertThrows(
                IllegalArgumentException.class,
                () -> PaperlessDestination.of(
                        "https://p.example.test",
                        "t",
                        Optional.of("{\"document_type\": 3}"),
                        Optional.empty(),
                        Map.of("host", "PAPERLESS_HOST", "mapping", "PAPERLESS_CUSTOM_FIELDS_MAPPING")));
        assertTrue(notText.getMessage().contains("'document_type'"), notText.getMessage());
    }

    @Test
    void theCreatedDateComesFromTheMetadataFileNameOrTheDeliveredName() {
        Path file = Path.of("x.pdf");
        assertEquals(
                Optional.of("2025-11-30"),
                PaperlessRemoteStore.created(
                        "2026-01-01_Brief.pdf",
                        new DeliveredDocument(file, "n", "t", List.of(), "", Map.of("filename", "2025-11-30_Brief"))));
        assertEquals(
                Optional.of("2026-01-01"),
                PaperlessRemoteStore.created("2026-01-01_Brief.pdf", DeliveredDocument.plain(file, "n")));
        assertEquals(
                Optional.empty(),
                PaperlessRemoteStore.created("2026-13-45_Brief.pdf", DeliveredDocument.plain(file, "n")));
        assertEquals(Optional.empty(), PaperlessRemoteStore.created("Brief.pdf", DeliveredDocument.plain(file, "n")));
    }
}
