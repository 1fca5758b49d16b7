package io.docuelevate.application.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.Kommunikationskategorie;
import io.docuelevate.domain.metadata.MonetaryAmount;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataJsonTest {

    private static DocumentMetadata sample() {
        return DocumentMetadata.builder()
                .filename("2026-03-14_Rechnung_Stadtwerke")
                .empfaenger("Max Mustermann")
                .absender("Stadtwerke Musterstadt GmbH")
                .correspondent("Stadtwerke Musterstadt")
                .kommunikationsart(Kommunikationsart.Rechnung)
                .documentType("Invoice")
                .tags(List.of("Rechnung", "Energie"))
                .language("de")
                .title("Rechnung Stadtwerke Musterstadt")
                .confidenceScore(88)
                .referenceNumber("2026-031-4471")
                .monetaryAmounts(List.of("118.00 EUR", "18.84 EUR"))
                .extraction(new DocumentMetadata.Extraction(
                        LocalDate.of(2026, 3, 14),
                        new MonetaryAmount(new BigDecimal("118"), "EUR"),
                        "rule-based",
                        null))
                .build();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void toJsonHasExactlyTheThirteenReferenceFieldsInOrder() {
        JsonObject json = MetadataJson.toJson(sample());
        assertEquals(DocumentMetadata.FIELDS, new ArrayList<>(json.keySet()));
        assertEquals("Rechnung", json.getString("kommunikationsart"));
        assertEquals("Finanz_und_Vertragsdokumente", json.getString("kommunikationskategorie"));
        assertEquals(88, json.getInt("confidence_score"));
        assertEquals("118.00 EUR", json.getJsonArray("monetary_amounts").getString(0));
    }

    @Test
    void extendedJsonKeepsExtrasUnderTheirOwnKeyAndRoundTrips() {
        JsonObject json = MetadataJson.toExtendedJson(sample());
        assertEquals(14, json.size());
        JsonObject extraction = json.getJsonObject(MetadataJson.EXTRACTION_KEY);
        assertEquals("2026-03-14", extraction.getString("document_date"));
        assertEquals("118.00", extraction.getString("total_amount"));
        assertEquals("EUR", extraction.getString("currency"));
        assertEquals(sample(), MetadataJson.fromJson(json.toString()));
    }

    @Test
    void plainJsonRoundTripsWithoutExtras() {
        DocumentMetadata read =
                MetadataJson.fromJson(MetadataJson.toJson(sample()).toString());
        assertEquals(
                sample().toBuilder()
                        .extraction(DocumentMetadata.Extraction.NONE)
                        .build(),
                read);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/abs",
                "/etc/passwd",
                "a..b",
                "..",
                "dir/file",
                "C:\\\\evil",
                "name\\u0000x",
                "x;rm -rf"
            })
    void unsafeSuggestedFileNamesAreBlanked(String name) {
        List<String> notes = new ArrayList<>();
        JsonObject answer = Json.createObjectBuilder()
                .add("filename", name)
                .add("title", "t")
                .build();
        DocumentMetadata metadata = MetadataJson.fromJson(answer, notes);
        assertEquals("", metadata.filename());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("filename blanked")), notes.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14_Invoice_Amazon", "Rechnung März 2026", "a.b-c_d", "file.pdf"})
    void safeFileNamesAreKept(String name) {
        assertEquals(
                name,
                MetadataJson.fromJson(
                                Json.createObjectBuilder().add("filename", name).build(), null)
                        .filename());
    }

    @Test
    void tagsAreCutToFourAndDeduplicated() {
        List<String> notes = new ArrayList<>();
        DocumentMetadata m = MetadataJson.fromJson(json("{\"tags\":[\"a\",\"b\",\"A\",\"c\",\"d\",\"e\"]}"), notes);
        assertEquals(List.of("a", "b", "c", "d"), m.tags());
        assertTrue(notes.contains("tags cut from 6 to 4"));
    }

    @Test
    void tagsGivenAsOneStringAreSplit() {
        assertEquals(
                List.of("Steuer", "2024"),
                MetadataJson.fromJson(json("{\"tags\":\"Steuer, 2024\"}"), null).tags());
    }

    @ParameterizedTest
    @CsvSource({"150, 100", "-5, 0", "85, 85", "'\"90\"', 90", "0.85, 85", "'\"high\"', 0", "99.6, 100"})
    void confidenceIsClampedToZeroToHundred(String raw, int expected) {
        assertEquals(
                expected,
                MetadataJson.fromJson(json("{\"confidence_score\":" + raw + "}"), null)
                        .confidenceScore());
    }

    @ParameterizedTest
    @CsvSource({"1e999999999, 100", "-1e999999999, 0", "1e-999999999, 0", "4294967346, 100", "100.4, 100", "-0.4, 0"})
    void confidenceOfAnySizeIsClampedWithoutExpandingTheNumber(String raw, int expected) {
        List<String> notes = new ArrayList<>();
        assertEquals(
                expected,
                MetadataJson.fromJson(json("{\"confidence_score\":" + raw + "}"), notes)
                        .confidenceScore());
        assertTrue(notes.stream().allMatch(note -> note.length() < 100), notes.toString());
    }

    @Test
    void hugeNumbersGivenForTextAreNotWrittenOutDigitByDigit() {
        DocumentMetadata m = MetadataJson.fromJson(
                json("{\"title\":1e999999999,\"reference_number\":12.50,\"tags\":[1e999999999],"
                        + "\"extraction\":{\"total_amount\":\"1e999999999\",\"currency\":\"EUR\"}}"),
                null);
        assertEquals("1E+999999999", m.title());
        assertEquals("12.50", m.referenceNumber());
        assertEquals(List.of("1E+999999999"), m.tags());
        assertNull(m.extraction().totalAmount(), "an amount with an exponent is not the stored form");
    }

    @Test
    void enumsAreReadTolerantlyAndUnknownOnesBecomeSonstiges() {
        DocumentMetadata m = MetadataJson.fromJson(json("{\"kommunikationsart\":\"behördlicher brief\"}"), null);
        assertEquals(Kommunikationsart.Behoerdlicher_Brief, m.kommunikationsart());
        assertEquals(Kommunikationskategorie.Amtliche_Postbehoerdliche_Dokumente, m.kommunikationskategorie());
        List<String> notes = new ArrayList<>();
        DocumentMetadata unknown = MetadataJson.fromJson(
                json("{\"kommunikationsart\":\"Postkarte\",\"kommunikationskategorie\":\"X\"}"), notes);
        assertEquals(Kommunikationsart.Sonstiges, unknown.kommunikationsart());
        assertEquals(Kommunikationskategorie.Sonstige_Informationen, unknown.kommunikationskategorie());
        assertEquals(2, notes.size(), notes.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "de, de",
        "DE, de",
        "de-DE, de",
        "en_GB, en",
        "German, de",
        "Deutsch, de",
        "English, en",
        "xx, ''",
        "Klingon, ''"
    })
    void languageIsIso6391(String raw, String expected) {
        assertEquals(
                expected,
                MetadataJson.fromJson(json("{\"language\":\"" + raw + "\"}"), null)
                        .language());
    }

    @Test
    void missingPartiesAreUnknownAndWrongTypesAreDropped() {
        List<String> notes = new ArrayList<>();
        DocumentMetadata m = MetadataJson.fromJson(
                json("{\"absender\":{\"name\":\"x\"},\"reference_number\":4711,\"title\":true}"), notes);
        assertEquals(DocumentMetadata.UNKNOWN, m.absender());
        assertEquals(DocumentMetadata.UNKNOWN, m.empfaenger());
        assertEquals("4711", m.referenceNumber());
        assertEquals("", m.title());
        assertEquals(2, notes.size(), notes.toString());
    }

    @Test
    void anObjectWithoutAnyMetadataFieldIsNotMetadata() {
        assertThrows(IllegalArgumentException.class, () -> MetadataJson.fromJson(json("{\"answer\":\"hello\"}"), null));
        assertThrows(IllegalArgumentException.class, () -> MetadataJson.fromJson("[1,2]"));
    }

    /** What the codec wrote before it moved out of the domain (in {@code ai_metadata} rows and sidecars): byte for byte. */
    static final String STORED = "{\"filename\":\"2026-03-14_Rechnung_Stadtwerke\",\"empfaenger\":\"Max Mustermann\","
            + "\"absender\":\"Stadtwerke Musterstadt GmbH\",\"correspondent\":\"Stadtwerke Musterstadt\",\"kommunikationsart\":\"Rechnung\","
            + "\"kommunikationskategorie\":\"Finanz_und_Vertragsdokumente\",\"document_type\":\"Invoice\",\"tags\":[\"Rechnung\",\"Energie\"],"
            + "\"language\":\"de\",\"title\":\"Rechnung Stadtwerke Musterstadt\",\"confidence_score\":88,\"reference_number\":\"2026-031-4471\","
            + "\"monetary_amounts\":[\"118.00 EUR\",\"18.84 EUR\"]";

    static final String STORED_EXTRACTION =
            ",\"extraction\":{\"document_date\":\"2026-03-14\",\"total_amount\":\"118.00\","
                    + "\"currency\":\"EUR\",\"engine\":\"rule-based\"}}";

    @Test
    void theThreeFormsAreTheTextEarlierVersionsWrote() {
        assertEquals(STORED + "}", MetadataJson.toJson(sample()).toString());
        assertEquals(
                STORED + STORED_EXTRACTION,
                MetadataJson.toExtendedJson(sample()).toString());
        assertEquals(
                STORED + ",\"original_file_path\":\"original/a.pdf\",\"processed_file_path\":\"processed/b.pdf\"}",
                MetadataJson.toSidecarJson(sample(), "original/a.pdf", "processed/b.pdf")
                        .toString());
        assertEquals(
                "",
                MetadataJson.toSidecarJson(sample(), null, "processed/b.pdf").getString("original_file_path"));
        assertEquals(sample(), MetadataJson.fromJson(STORED + STORED_EXTRACTION));
    }

    @Test
    void emptyMetadataIsWrittenWithDefaultsAndAnEmptyExtraction() {
        assertEquals(
                "{\"filename\":\"\",\"empfaenger\":\"Unknown\",\"absender\":\"Unknown\",\"correspondent\":\"Unknown\","
                        + "\"kommunikationsart\":\"Sonstiges\",\"kommunikationskategorie\":\"Sonstige_Informationen\",\"document_type\":\"Unknown\","
                        + "\"tags\":[],\"language\":\"\",\"title\":\"\",\"confidence_score\":0,\"reference_number\":\"\",\"monetary_amounts\":[],"
                        + "\"extraction\":{}}",
                MetadataJson.toExtendedJson(DocumentMetadata.builder().build()).toString());
    }

    @Test
    void aDamagedExtractionIsDroppedButTheFieldsStand() {
        DocumentMetadata read =
                MetadataJson.fromJson(STORED + ",\"extraction\":{\"document_date\":\"yesterday\",\"engine\":\"x\"}}");
        assertEquals(new DocumentMetadata.Extraction(null, null, "x", null), read.extraction());
        assertEquals("2026-031-4471", read.referenceNumber());
    }
}
