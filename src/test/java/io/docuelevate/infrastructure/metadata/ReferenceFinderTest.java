package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.domain.metadata.DocumentClass;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceFinderTest {

    private static Optional<String> best(String text, DocumentClass documentClass) {
        return ReferenceFinder.best(ReferenceFinder.all(TextLines.of(text)), documentClass)
                .map(ReferenceFinder.Reference::value);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rechnungsnummer: 2026-031-4471           | INVOICE         | 2026-031-4471",
                "Rechnung Nr. 2025-11-0932                | INVOICE         | 2025-11-0932",
                "Re.-Nr. R-77                             | INVOICE         | R-77",
                "Invoice No.:    NWH-88213                | INVOICE         | NWH-88213",
                "Invoice #: 10457                         | INVOICE         | 10457",
                "Invoice INV-2026-014                     | INVOICE         | INV-2026-014",
                "Bestellnummer: B-4411                    | INVOICE         | B-4411",
                "Order number: 302-1234567-7654321        | INVOICE         | 302-1234567-7654321",
                "Kundennummer: 100234567                  | LETTER          | 100234567",
                "Customer ID: C-4411                      | INVOICE         | C-4411",
                "Mitgliedsnummer: 778210                  | LETTER          | 778210",
                "Kontonummer: 1234567890                  | BANK_STATEMENT  | 1234567890",
                "IBAN DE89 3704 0044 0532 0130 00     BIC COLSDE33XXX | BANK_STATEMENT | DE89370400440532013000",
                "Account Number: 4409-22871-3             | INVOICE         | 4409-22871-3",
                "Vertragsnummer: MV-2026-0815             | CONTRACT        | MV-2026-0815",
                "Agreement No. SA-2026-017                | CONTRACT        | SA-2026-017",
                "Policy Number:      HV-PL-4471902        | CONTRACT        | HV-PL-4471902",
                "Versicherungsnummer: 12 120884 M 007     | OFFICIAL_NOTICE | 12120884M007",
                "Aktenzeichen: 53.2-OWi-118/26            | OFFICIAL_NOTICE | 53.2-OWi-118/26",
                "Kassenzeichen: 123.4567.8901.2           | OFFICIAL_NOTICE | 123.4567.8901.2",
                "Steuernummer: 337/5012/4481              | OFFICIAL_NOTICE | 337/5012/4481",
                "Unique Taxpayer Reference (UTR):   12345 67890 | OFFICIAL_NOTICE | 1234567890",
                "Application No:     25/01873/FUL         | OFFICIAL_NOTICE | 25/01873/FUL",
                "Unser Zeichen: KS-44/26                  | LETTER          | KS-44/26",
                "Our ref: HR/2291/LM                      | LETTER          | HR/2291/LM",
                "Re: Your claim CLM-2026-33817            | LETTER          | CLM-2026-33817",
                "Bon-Nr. 4711   Kasse 2                   | RECEIPT         | 4711",
                "Beleg-Nr. 0093/2281                      | RECEIPT         | 0093/2281",
                "Receipt No: 000184                       | RECEIPT         | 000184",
                "QUITTUNG  Nr. 12                         | RECEIPT         | 12",
                "Check #4471        04/18/2026 7:52 PM    | RECEIPT         | 4471",
                "Invoice Ref:  LPW-5531                   | INVOICE         | LPW-5531",
                "IBAN IE29 AIBK 9311 5212 3456 78         | BANK_STATEMENT  | IE29AIBK93115212345678",
            })
    void findsEachKindOfReference(String line, DocumentClass documentClass, String expected) {
        assertEquals(Optional.of(expected), best(line, documentClass));
    }

    @Test
    void theInvoiceNumberWinsOverCustomerOrderAndFooterNumbers() {
        String text = """
                Kundennummer: 10-77321        Auftragsnummer: 45821
                Rechnung Nr. 2025-11-0932
                USt-IdNr. DE123456789 · Steuernummer 241/119/50331 · IBAN DE12 4005 0150 0000 0047 11
                """;
        assertEquals(Optional.of("2025-11-0932"), best(text, DocumentClass.INVOICE));
    }

    @Test
    void aValueUnderItsColumnHeaderIsFound() {
        String text =
                "Rechnung Nr.        Kunden-Nr.        Datum\nR-1187              4471              5. Februar 2026";
        assertEquals(Optional.of("R-1187"), best(text, DocumentClass.INVOICE));
        assertEquals(Optional.of("4471"), best(text, DocumentClass.LETTER));
    }

    @Test
    void ocrDamagedLabelsAreStillRecognised() {
        assertEquals(
                Optional.of("421198765432"),
                best("Kundennumrner 55 123 456\nRechnungsnurnmer 4211 9876 5432", DocumentClass.INVOICE));
        assertEquals(Optional.of("PV-4410-12"), best("Unser Zeichcn: PV-4410-12", DocumentClass.LETTER));
    }

    @Test
    void ocrSpecksAndZerosForTheLetterOAreRepaired() {
        assertEquals(
                Optional.of("4409-22871-3"),
                best("Account       Number:     -4409-22871-3     Statement Date: 02/05/2026", DocumentClass.INVOICE));
        assertEquals(Optional.of("4711"), best("Bon-Nr. |4711", DocumentClass.RECEIPT));
        assertEquals(
                Optional.of("53.2-OWi-118/26"), best("Aktenzeichen: 53.2-0Wi-118/26", DocumentClass.OFFICIAL_NOTICE));
        assertEquals(
                Optional.of("B-1000-X0"),
                best("Vertragsnummer: B-1000-X0", DocumentClass.CONTRACT),
                "upper-case codes keep their zeros");
        assertEquals(
                Optional.of("Az0815"),
                best("Vertragsnummer: Az0815", DocumentClass.CONTRACT),
                "zeros among digits stay zeros");
    }

    @Test
    void wordsDatesAndAmountsAreNotReferences() {
        assertEquals(
                Optional.empty(),
                best("Invoice date / Delivery date: 21 January 2026\nRechnung für April 2026", DocumentClass.INVOICE));
        assertEquals(
                Optional.empty(), best("Rechnungsnummer: 14.03.2026\nReference for Mr Smith", DocumentClass.LETTER));
    }

    @Test
    void aSellersTaxNumberIsNoReceiptReference() {
        assertEquals(Optional.of("4711"), best("St.-Nr. 132/245/60012\nBon-Nr. 4711", DocumentClass.RECEIPT));
        assertEquals(Optional.empty(), best("Steuernummer 241/119/50331", DocumentClass.RECEIPT));
    }
}
