package io.docuelevate.domain.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentClassTest {

    @ParameterizedTest
    @CsvSource({
        "Invoice, INVOICE",
        "Utility Bill, INVOICE",
        "Rechnung, INVOICE",
        "Receipt, RECEIPT",
        "Kassenbon, RECEIPT",
        "Contract, CONTRACT",
        "Insurance Policy, CONTRACT",
        "Bank Statement, BANK_STATEMENT",
        "Kontoauszug, BANK_STATEMENT",
        "Official Notice, OFFICIAL_NOTICE",
        "Steuerbescheid, OFFICIAL_NOTICE",
        "Behoerdlicher_Brief, OFFICIAL_NOTICE",
        "Newsletter, NEWSLETTER",
        "Letter, LETTER",
        "Gewerbliche_Korrespondenz, LETTER",
        "Other, OTHER"
    })
    void freeFormTypesAreClassified(String type, DocumentClass expected) {
        assertEquals(Optional.of(expected), DocumentClass.classify(type));
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertEquals(Optional.empty(), DocumentClass.classify("Unknown"));
        assertEquals(Optional.empty(), DocumentClass.classify(null));
    }

    @Test
    void eachClassMapsToTheReferenceVocabulary() {
        assertEquals(Kommunikationsart.Rechnung, DocumentClass.INVOICE.kommunikationsart(true));
        assertEquals(Kommunikationsart.Quittung, DocumentClass.RECEIPT.kommunikationsart(true));
        assertEquals(Kommunikationsart.Vertrag, DocumentClass.CONTRACT.kommunikationsart(true));
        assertEquals(Kommunikationsart.Kontoauszug, DocumentClass.BANK_STATEMENT.kommunikationsart(true));
        assertEquals(Kommunikationsart.Behoerdlicher_Brief, DocumentClass.OFFICIAL_NOTICE.kommunikationsart(true));
        assertEquals(Kommunikationsart.Newsletter, DocumentClass.NEWSLETTER.kommunikationsart(true));
        assertEquals(Kommunikationsart.Gewerbliche_Korrespondenz, DocumentClass.LETTER.kommunikationsart(true));
        assertEquals(Kommunikationsart.Privater_Brief, DocumentClass.LETTER.kommunikationsart(false));
        assertEquals(Kommunikationsart.Sonstiges, DocumentClass.OTHER.kommunikationsart(true));
        assertEquals(Kommunikationskategorie.Private_Korrespondenz, Kommunikationsart.Privater_Brief.kategorie());
        assertEquals("Rechnung", DocumentClass.INVOICE.label("de"));
        assertEquals("Invoice", DocumentClass.INVOICE.label("en"));
    }
}
