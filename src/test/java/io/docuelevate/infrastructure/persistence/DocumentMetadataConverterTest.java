package io.docuelevate.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentMetadataConverterTest {

    private final DocumentMetadataConverter converter = new DocumentMetadataConverter();

    /** An {@code ai_metadata} value as the pipeline stored it before the column was typed. */
    private static final String STORED =
            "{\"filename\":\"2026-02-03_Quittung\",\"empfaenger\":\"Unknown\",\"absender\":\"Tankstelle Nord\","
                    + "\"correspondent\":\"Tankstelle Nord\",\"kommunikationsart\":\"Quittung\",\"kommunikationskategorie\":\"Finanz_und_Vertragsdokumente\","
                    + "\"document_type\":\"Receipt\",\"tags\":[\"Tanken\"],\"language\":\"de\",\"title\":\"Quittung Tankstelle Nord\",\"confidence_score\":70,"
                    + "\"reference_number\":\"0093/2281\",\"monetary_amounts\":[\"75.69 EUR\"],\"extraction\":{\"document_date\":\"2026-02-03\","
                    + "\"total_amount\":\"75.69\",\"currency\":\"EUR\",\"engine\":\"rule-based\"}}";

    @Test
    void storedRowsReadAndAreWrittenBackByteForByte() {
        DocumentMetadata read = converter.convertToEntityAttribute(STORED);
        assertEquals(Kommunikationsart.Quittung, read.kommunikationsart());
        assertEquals(List.of("Tanken"), read.tags());
        assertEquals("rule-based", read.extraction().engine());
        assertEquals(STORED, converter.convertToDatabaseColumn(read));
    }

    @Test
    void noMetadataIsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
        assertNull(converter.convertToEntityAttribute(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"filename\":", "[1,2]", "{\"answer\":\"hello\"}", "42"})
    void unreadableStoredTextIsNoMetadataNotAFailure(String stored) {
        assertNull(converter.convertToEntityAttribute(stored));
    }
}
