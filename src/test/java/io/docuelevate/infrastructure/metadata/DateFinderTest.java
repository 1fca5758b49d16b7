package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private static Optional<LocalDate> date(String text, String language) {
        return DateFinder.documentDate(TextLines.of(text), language).map(DateFinder.Candidate::date);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Datum: 14.03.2026                 | de | 2026-03-14",
                "Datum: 4.3.2026                   | de | 2026-03-04",
                "14.03.26 18:42 Bon-Nr. 4711       | de | 2026-03-14",
                "Date: 2026-03-14                  | en | 2026-03-14",
                "21 January 2026                   | en | 2026-01-21",
                "23rd February 2026                | en | 2026-02-23",
                "Invoice date: 21 Jan. 2026        | en | 2026-01-21",
                "March 2, 2026                     | en | 2026-03-02",
                "Issued: Sept 9, 2025              | en | 2025-09-09",
                "Berlin, 1. März 2026              | de | 2026-03-01",
                "Berlin, den 1. Maerz 2026         | de | 2026-03-01",
                "Hamburg, 12. Januar 2026          | de | 2026-01-12",
                "Paris, le 3 février 2026          | fr | 2026-02-03",
                "Datum: 09/11/2026                 | de | 2026-11-09",
                "Date: 09/11/2026                  | en | 2026-09-11",
                "Date: 13/11/2026                  | en | 2026-11-13",
            })
    void readsEachFormatByTheDocumentsLanguage(String text, String language, LocalDate expected) {
        assertEquals(Optional.of(expected), date(text, language));
    }

    @Test
    void britishCuesMakeSlashDatesDayFirst() {
        assertEquals(
                Optional.of(LocalDate.of(2026, 2, 3)),
                date("Northwind Ltd, Bristol BS1 6QA\nInvoice date: 03/02/2026\nTotal £288.00", "en"));
        assertEquals(
                Optional.of(LocalDate.of(2026, 3, 2)),
                date("Brightline Inc., San Francisco, CA 94105\nDate: 03/02/2026\nTotal $1.00", "en"));
    }

    @Test
    void aPartAboveTwelveSettlesTheOrderForTheWholeDocument() {
        assertEquals(
                Optional.of(LocalDate.of(2026, 2, 5)),
                date("Statement Date: 02/05/2026\nPayment received 01/14/2026", "en"));
    }

    @Test
    void theHeaderDateWinsOverDueDeliveryAndBirthDates() {
        String text = """
                Patient: Max Mustermann, geb. 12.08.1984
                Lieferdatum: 09.01.2026
                Rechnungsdatum: 08.01.2026
                Zahlbar bis 08.02.2026
                """;
        assertEquals(Optional.of(LocalDate.of(2026, 1, 8)), date(text, "de"));
    }

    @Test
    void dueDatesLoseEvenWhenTheyComeFirst() {
        assertEquals(Optional.of(LocalDate.of(2026, 9, 11)), date("Due date: 10/11/2026\nDate: 09/11/2026", "en"));
        assertEquals(
                Optional.of(LocalDate.of(2026, 2, 14)), date("Pay by 16 March 2026\nDate: 14 February 2026", "en"));
    }

    @Test
    void periodsAndRangesAreNotTheDocumentDate() {
        String text = "Zeitraum: 01.01.2026 - 31.01.2026\nErstellt am 01.02.2026";
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), date(text, "de"));
    }

    @Test
    void aLetterDateAfterTheCityWinsOverContractStartDates() {
        String text =
                "Das Mietverhältnis beginnt am 01.04.2026.\nHerr Klein, geboren am 23.06.1992\n\nKöln, den 10. März 2026";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), date(text, "de"));
    }

    @Test
    void aDateUnderADateColumnHeaderCounts() {
        String text =
                "Rechnung Nr.        Kunden-Nr.        Datum\nR-1187              4471              5. Februar 2026\nLeistung bis 23.01.2026";
        assertEquals(Optional.of(LocalDate.of(2026, 2, 5)), date(text, "de"));
    }

    @Test
    void transactionLinesAreNotTheStatementDate() {
        String text =
                "Kontoauszug vom 31.03.2026\n03.03.2026  Lastschrift Stadtwerke   118,00 -\n05.03.2026  Gehalt   2.740,15 +";
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), date(text, "de"));
    }

    @Test
    void impossibleDatesAndNumbersAreIgnored() {
        assertEquals(Optional.empty(), date("31.02.2026 and 1.234,56 € and 25/01873/FUL and 2026-031-4471", "de"));
        assertTrue(date("no date here at all", "en").isEmpty());
        assertEquals(null, DateFinder.month("Marktplatz"));
        assertEquals(3, DateFinder.month("März"));
        assertEquals(9, DateFinder.month("Sept"));
    }
}
