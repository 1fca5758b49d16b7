package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.Kommunikationskategorie;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBasedMetadataExtractorTest {

    private final RuleBasedMetadataExtractor extractor = new RuleBasedMetadataExtractor();

    static final String INVOICE = """
            Stadtwerke Musterstadt GmbH · Energieallee 5 · 48143 Musterstadt

            Herrn
            Max Mustermann
            Lindenweg 12
            48149 Musterstadt
                                                            Kundennummer: 100234567
                                                            Rechnungsnummer: 2026-031-4471
                                                            Rechnungsdatum: 14.03.2026

            Stromrechnung für den Lieferzeitraum 01.02.2026 bis 28.02.2026

            Sehr geehrter Herr Mustermann,

            für Ihre Stromlieferung berechnen wir Ihnen:
            Summe netto                                                 99,16 €
            Umsatzsteuer 19 %                                           18,84 €
            Gesamtbetrag                                               118,00 €

            Der Gesamtbetrag ist fällig am 28.03.2026.

            Mit freundlichen Grüßen
            Stadtwerke Musterstadt GmbH
            """;

    @Test
    void aGermanInvoiceGetsAllThirteenFields() {
        DocumentMetadata m = extractor.extract(INVOICE, "scan_0001.pdf");
        assertEquals("2026-03-14_Rechnung_Stadtwerke_Musterstadt", m.filename());
        assertEquals("Max Mustermann", m.empfaenger());
        assertEquals("Stadtwerke Musterstadt GmbH", m.absender());
        assertEquals("Stadtwerke Musterstadt", m.correspondent());
        assertEquals(Kommunikationsart.Rechnung, m.kommunikationsart());
        assertEquals(Kommunikationskategorie.Finanz_und_Vertragsdokumente, m.kommunikationskategorie());
        assertEquals("Invoice", m.documentType());
        assertEquals("de", m.language());
        assertEquals("Stromrechnung für den Lieferzeitraum 01.02.2026 bis 28.02.2026", m.title());
        assertEquals("2026-031-4471", m.referenceNumber());
        assertEquals("118.00 EUR", m.monetaryAmounts().get(0));
        assertTrue(
                m.tags().size() <= 4
                        && m.tags().contains("Rechnung")
                        && m.tags().contains("Energie"),
                m.tags().toString());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), m.documentDate());
        assertTrue(m.confidenceScore() >= 80, "confidence " + m.confidenceScore());
        assertEquals(RuleBasedMetadataExtractor.ENGINE, m.extraction().engine());
    }

    @Test
    void anEnglishPrivateLetterIsPrivateCorrespondence() {
        String letter = """
                Margaret Wilson
                8 Orchard Lane
                Keswick CA12 4QT

                14 May 2025

                Dear Tom,

                Thank you so much for the lovely photographs from your trip to Norway. Emma's birthday is on 21 June,
                and we are planning a small garden party.

                With much love,

                Margaret
                """;
        DocumentMetadata m = extractor.extract(letter, "letter.pdf");
        assertEquals("2025-05-14_Letter_Margaret_Wilson", m.filename());
        assertEquals("Margaret Wilson", m.correspondent());
        assertEquals(Kommunikationsart.Privater_Brief, m.kommunikationsart());
        assertEquals(Kommunikationskategorie.Private_Korrespondenz, m.kommunikationskategorie());
        assertEquals("en", m.language());
        assertEquals(List.of(), m.monetaryAmounts());
        assertEquals("", m.referenceNumber());
    }

    @Test
    void aNoisyScannedReceiptStillYieldsDateTotalAndNumber() {
        String receipt = """
                      FRISCHMARKT HUBER
                   lnh. Georg Huber e.K.
                   Marktplatz 7, 84028 Landshut

                BIO VOLLMILCH 1L              1,29 A
                KAFFEE BOHNE 1KG             14,99 A
                --------------------------------------
                SUMME           EUR          23,47
                Bar             EUR          30,00
                Rückgeld        EUR           6,53

                14.03.26   18:42   Bon-Nr. 4711   Kasse 2
                   Vielen Dank für lhren Einkauf!
                """;
        DocumentMetadata m = extractor.extract(receipt, "IMG_2231.pdf");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), m.documentDate());
        assertEquals("23.47 EUR", m.monetaryAmounts().get(0));
        assertEquals("4711", m.referenceNumber());
        assertEquals("Receipt", m.documentType());
        assertEquals(Kommunikationsart.Quittung, m.kommunikationsart());
        assertEquals("Frischmarkt Huber", m.correspondent());
    }

    @Test
    void aTextWithNothingToFindScoresLow() {
        DocumentMetadata m = extractor.extract("lorem ipsum dolor sit amet", "x.pdf");
        assertTrue(m.confidenceScore() <= 20, "confidence " + m.confidenceScore());
        assertEquals(DocumentMetadata.UNKNOWN, m.correspondent());
        assertEquals(Kommunikationsart.Sonstiges, m.kommunikationsart());
        assertEquals(DocumentMetadata.UNKNOWN, extractor.extract("", null).absender());
    }

    @Test
    void theSameTextAlwaysGivesTheSameMetadata() {
        assertEquals(extractor.extract(INVOICE, "a.pdf"), extractor.extract(INVOICE, "a.pdf"));
    }

    @Test
    void theFilenameIsAlwaysSafe() {
        String hostile =
                "../../etc/passwd GmbH\nStraße 1\n12345 Berlin\n\nRechnung Nr. 1/../2\nDatum: 01.01.2026\nGesamtbetrag 1,00 €";
        DocumentMetadata m = extractor.extract(hostile, "../../x.pdf");
        assertTrue(m.filename().matches("^[A-Za-z0-9_.\\-]+$") && !m.filename().contains(".."), m.filename());
    }
}
