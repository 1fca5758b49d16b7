package io.docuelevate.domain.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value's own rules; reading and writing its JSON is tested in {@code MetadataJsonTest}. */
class DocumentMetadataTest {

    @Test
    void constructorBlanksUnsafeNamesToo() {
        assertEquals("", DocumentMetadata.builder().filename("../x").build().filename());
    }

    @Test
    void unsetFieldsGetTheReferenceDefaultsAndTagsAreCutToFourDistinct() {
        DocumentMetadata m = DocumentMetadata.builder()
                .tags(List.of("a", "b", "A", " ", "c", "d", "e"))
                .kommunikationsart(Kommunikationsart.Rechnung)
                .confidenceScore(150)
                .build();
        assertEquals(List.of("a", "b", "c", "d"), m.tags());
        assertEquals(DocumentMetadata.UNKNOWN, m.absender());
        assertEquals(DocumentMetadata.UNKNOWN, m.documentType());
        assertEquals(Kommunikationskategorie.Finanz_und_Vertragsdokumente, m.kommunikationskategorie());
        assertEquals(100, m.confidenceScore());
        assertEquals(DocumentMetadata.Extraction.NONE, m.extraction());
    }

    @Test
    void dateAndTotalFallBackToFilenameAndFirstAmountOnlyForUnknownEngines() {
        DocumentMetadata ai = DocumentMetadata.builder()
                .filename("2026-01-21_Invoice")
                .monetaryAmounts(List.of("59.97 EUR"))
                .build();
        assertEquals(Optional.of(LocalDate.of(2026, 1, 21)), ai.documentDate());
        assertEquals(Optional.of(new MonetaryAmount(new BigDecimal("59.97"), "EUR")), ai.totalAmount());
        DocumentMetadata ruleBased = ai.withExtraction(new DocumentMetadata.Extraction(null, null, "rule-based", null));
        assertFalse(ruleBased.totalAmount().isPresent());
        assertFalse(DocumentMetadata.builder()
                .filename("2026-02-30_x")
                .build()
                .documentDate()
                .isPresent());
    }

    @Test
    void monetaryAmountFormatsAndParses() {
        MonetaryAmount amount = new MonetaryAmount(new BigDecimal("1234.5"), "eur");
        assertEquals("1234.50 EUR", amount.format());
        assertEquals(Optional.of(amount), MonetaryAmount.parse("1234.50 EUR"));
        assertFalse(MonetaryAmount.parse("about 12 euros").isPresent());
    }

    @Test
    void correctionsNoteWhatTheyChange() {
        List<String> notes = new ArrayList<>();
        MetadataCorrections corrections = new MetadataCorrections(notes);
        assertEquals("", corrections.filename("../../etc/passwd"));
        assertEquals("2026-01-01_x", corrections.filename("2026-01-01_x"));
        assertEquals(Kommunikationsart.Sonstiges, corrections.kommunikationsart("Postkarte"));
        assertEquals(
                Kommunikationsart.Sonstiges.kategorie(),
                corrections.kommunikationskategorie("X", Kommunikationsart.Sonstiges));
        assertEquals("de", corrections.language("German"));
        assertEquals(
                5, corrections.tags(List.of("a", "b", "c", "d", "e")).size(), "the value cuts them, the rule notes it");
        assertEquals(
                List.of(
                        "filename blanked: not a safe name",
                        "kommunikationsart 'Postkarte' is not one of the 11 values: Sonstiges",
                        "kommunikationskategorie 'X' is not one of the 5 values: Sonstige_Informationen",
                        "language 'German' read as de",
                        "tags cut from 5 to 4"),
                notes);
        assertTrue(corrections.notes() == notes);
    }

    @ParameterizedTest
    @CsvSource({"150, 100", "-5, 0", "85, 85", "90%, 90", "0.85, 85", "high, 0", "99.6, 100"})
    void confidenceGivenAsTextIsAPercentageFromZeroToHundred(String raw, int expected) {
        assertEquals(expected, new MetadataCorrections(null).confidence(raw));
    }
}
