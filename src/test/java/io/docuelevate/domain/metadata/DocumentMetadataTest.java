package io.docuelevate.domain.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentMetadataTest {

    private static DocumentMetadata sample() {
        return DocumentMetadata.builder().filename("2026-03-14_Rechnung_Stadtwerke").empfaenger("Max Mustermann")
                .absender("Stadtwerke Musterstadt GmbH").correspondent("Stadtwerke Musterstadt").kommunikationsart(Kommunikationsart.Rechnung)
                .documentType("Invoice").tags(List.of("Rechnung", "Energie")).language("de").title("Rechnung Stadtwerke Musterstadt")
                .confidenceScore(88).referenceNumber("2026-031-4471").monetaryAmounts(List.of("118.00 EUR", "18.84 EUR"))
                .extraction(new DocumentMetadata.Extraction(LocalDate.of(2026, 3, 14), new MonetaryAmount(new BigDecimal("118"), "EUR"),
                        "rule-based", null))
                .build();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void toJsonHasExactlyTheThirteenReferenceFieldsInOrder() {
        JsonObject json = sample().toJson();
        assertEquals(DocumentMetadata.FIELDS, new ArrayList<>(json.keySet()));
        assertEquals("Rechnung", json.getString("kommunikationsart"));
        assertEquals("Finanz_und_Vertragsdokumente", json.getString("kommunikationskategorie"));
        assertEquals(88, json.getInt("confidence_score"));
        assertEquals("118.00 EUR", json.getJsonArray("monetary_amounts").getString(0));
    }

    @Test
    void extendedJsonKeepsExtrasUnderTheirOwnKeyAndRoundTrips() {
        JsonObject json = sample().toExtendedJson();
        assertEquals(14, json.size());
        JsonObject extraction = json.getJsonObject(DocumentMetadata.EXTRACTION_KEY);
        assertEquals("2026-03-14", extraction.getString("document_date"));
        assertEquals("118.00", extraction.getString("total_amount"));
        assertEquals("EUR", extraction.getString("currency"));
        assertEquals(sample(), DocumentMetadata.fromJson(json.toString()));
    }

    @Test
    void plainJsonRoundTripsWithoutExtras() {
        DocumentMetadata read = DocumentMetadata.fromJson(sample().toJson().toString());
        assertEquals(sample().toBuilder().extraction(DocumentMetadata.Extraction.NONE).build(), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "/abs", "/etc/passwd", "a..b", "..", "dir/file", "C:\\\\evil", "name\\u0000x", "x;rm -rf"})
    void unsafeSuggestedFileNamesAreBlanked(String name) {
        List<String> notes = new ArrayList<>();
        JsonObject answer = Json.createObjectBuilder().add("filename", name).add("title", "t").build();
        DocumentMetadata metadata = DocumentMetadata.fromJson(answer, notes);
        assertEquals("", metadata.filename());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("filename blanked")), notes.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14_Invoice_Amazon", "Rechnung März 2026", "a.b-c_d", "file.pdf"})
    void safeFileNamesAreKept(String name) {
        assertEquals(name, DocumentMetadata.fromJson(Json.createObjectBuilder().add("filename", name).build(), null).filename());
    }

    @Test
    void constructorBlanksUnsafeNamesToo() {
        assertEquals("", DocumentMetadata.builder().filename("../x").build().filename());
    }

    @Test
    void tagsAreCutToFourAndDeduplicated() {
        List<String> notes = new ArrayList<>();
        DocumentMetadata m = DocumentMetadata.fromJson(json("{\"tags\":[\"a\",\"b\",\"A\",\"c\",\"d\",\"e\"]}"), notes);
        assertEquals(List.of("a", "b", "c", "d"), m.tags());
        assertTrue(notes.contains("tags cut from 6 to 4"));
    }

    @Test
    void tagsGivenAsOneStringAreSplit() {
        assertEquals(List.of("Steuer", "2024"), DocumentMetadata.fromJson(json("{\"tags\":\"Steuer, 2024\"}"), null).tags());
    }

    @ParameterizedTest
    @CsvSource({"150, 100", "-5, 0", "85, 85", "'\"90\"', 90", "0.85, 85", "'\"high\"', 0", "99.6, 100"})
    void confidenceIsClampedToZeroToHundred(String raw, int expected) {
        assertEquals(expected, DocumentMetadata.fromJson(json("{\"confidence_score\":" + raw + "}"), null).confidenceScore());
    }

    @Test
    void enumsAreReadTolerantlyAndUnknownOnesBecomeSonstiges() {
        DocumentMetadata m = DocumentMetadata.fromJson(json("{\"kommunikationsart\":\"behördlicher brief\"}"), null);
        assertEquals(Kommunikationsart.Behoerdlicher_Brief, m.kommunikationsart());
        assertEquals(Kommunikationskategorie.Amtliche_Postbehoerdliche_Dokumente, m.kommunikationskategorie());
        List<String> notes = new ArrayList<>();
        DocumentMetadata unknown = DocumentMetadata.fromJson(json("{\"kommunikationsart\":\"Postkarte\",\"kommunikationskategorie\":\"X\"}"), notes);
        assertEquals(Kommunikationsart.Sonstiges, unknown.kommunikationsart());
        assertEquals(Kommunikationskategorie.Sonstige_Informationen, unknown.kommunikationskategorie());
        assertEquals(2, notes.size(), notes.toString());
    }

    @ParameterizedTest
    @CsvSource({"de, de", "DE, de", "de-DE, de", "en_GB, en", "German, de", "Deutsch, de", "English, en", "xx, ''", "Klingon, ''"})
    void languageIsIso6391(String raw, String expected) {
        assertEquals(expected, DocumentMetadata.fromJson(json("{\"language\":\"" + raw + "\"}"), null).language());
    }

    @Test
    void missingPartiesAreUnknownAndWrongTypesAreDropped() {
        List<String> notes = new ArrayList<>();
        DocumentMetadata m = DocumentMetadata.fromJson(json("{\"absender\":{\"name\":\"x\"},\"reference_number\":4711,\"title\":true}"), notes);
        assertEquals(DocumentMetadata.UNKNOWN, m.absender());
        assertEquals(DocumentMetadata.UNKNOWN, m.empfaenger());
        assertEquals("4711", m.referenceNumber());
        assertEquals("", m.title());
        assertEquals(2, notes.size(), notes.toString());
    }

    @Test
    void anObjectWithoutAnyMetadataFieldIsNotMetadata() {
        assertThrows(IllegalArgumentException.class, () -> DocumentMetadata.fromJson(json("{\"answer\":\"hello\"}"), null));
        assertThrows(IllegalArgumentException.class, () -> DocumentMetadata.fromJson("[1,2]"));
    }

    @Test
    void dateAndTotalFallBackToFilenameAndFirstAmountOnlyForUnknownEngines() {
        DocumentMetadata ai = DocumentMetadata.fromJson(json("{\"filename\":\"2026-01-21_Invoice\",\"monetary_amounts\":[\"59.97 EUR\"]}"), null);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 21)), ai.documentDate());
        assertEquals(Optional.of(new MonetaryAmount(new BigDecimal("59.97"), "EUR")), ai.totalAmount());
        DocumentMetadata ruleBased = ai.withExtraction(new DocumentMetadata.Extraction(null, null, "rule-based", null));
        assertFalse(ruleBased.totalAmount().isPresent());
        assertFalse(DocumentMetadata.builder().filename("2026-02-30_x").build().documentDate().isPresent());
    }

    @Test
    void monetaryAmountFormatsAndParses() {
        MonetaryAmount amount = new MonetaryAmount(new BigDecimal("1234.5"), "eur");
        assertEquals("1234.50 EUR", amount.format());
        assertEquals(Optional.of(amount), MonetaryAmount.parse("1234.50 EUR"));
        assertFalse(MonetaryAmount.parse("about 12 euros").isPresent());
    }
}
