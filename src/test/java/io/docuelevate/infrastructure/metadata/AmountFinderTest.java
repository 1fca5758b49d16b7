package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.DocumentClass;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFinderTest {

    private static Optional<String> total(String text, DocumentClass documentClass, String fallbackCurrency) {
        TextLines lines = TextLines.of(text);
        List<AmountFinder.Found> amounts = AmountFinder.amounts(lines, fallbackCurrency);
        return AmountFinder.total(lines, amounts, documentClass)
                .map(f -> f.amount().format());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gesamtbetrag 1.234,56 €      | 1234.56 EUR",
                "Total: €1,234.56             | 1234.56 EUR",
                "Betrag: EUR 609,76           | 609.76 EUR",
                "Total CHF 1'245.80           | 1245.80 CHF",
                "Amount due $1,299.00         | 1299.00 USD",
                "Total now due £100.00        | 100.00 GBP",
                "Summe 23,47 EUR              | 23.47 EUR",
                "Total 118 €                  | 118.00 EUR",
                "TOTAL USD 12.50              | 12.50 USD",
                "Grand total GBP 1,050.00     | 1050.00 GBP",
            })
    void readsAmountFormatsAndCurrencies(String line, String expected) {
        assertEquals(Optional.of(expected), total(line, DocumentClass.INVOICE, null));
    }

    @Test
    void theTotalWinsOverNetVatAndSubtotal() {
        String text = """
                Summe netto                 99,16 €
                Umsatzsteuer 19 %           18,84 €
                Gesamtbetrag               118,00 €
                Ihr neuer Abschlag ab April: 950,00 €
                """;
        assertEquals(Optional.of("118.00 EUR"), total(text, DocumentClass.INVOICE, "EUR"));
    }

    @Test
    void amountDueBeatsAPlainTotalAndExclusiveTotalsDoNotCount() {
        String text =
                "Subtotal $1,200.00\nTotal (excl. VAT) $1,250.00\nTotal $1,299.00\nBalance Due $1,299.00\nLate fee $40.00";
        assertEquals(Optional.of("1299.00 USD"), total(text, DocumentClass.INVOICE, null));
    }

    @Test
    void aBareColumnAmountTakesTheDocumentsCurrency() {
        String text = "Money in: £2,310.00\nOpening balance   2,140.55\nClosing balance   1,876.20";
        assertEquals(Optional.of("1876.20 GBP"), total(text, DocumentClass.BANK_STATEMENT, null));
    }

    @Test
    void theLineCurrencyWinsOverTheDocumentCurrency() {
        assertEquals(
                Optional.of("609.76 EUR"),
                total("Total $5.00\nGesamtbetrag EUR            609,76", DocumentClass.INVOICE, null));
    }

    @Test
    void previousBalancesPaymentsAndDepositsAreNotTotals() {
        String text = "Kaution 2.550,00 €\nGesamtmiete monatlich 1.060,00 €";
        assertEquals(Optional.of("1060.00 EUR"), total(text, DocumentClass.CONTRACT, null));
        String card = "Previous Balance $982.10\nPayments -$982.10\nNew Balance $1,245.67\nMinimum Payment Due $35.00";
        assertEquals(Optional.of("1245.67 USD"), total(card, DocumentClass.BANK_STATEMENT, null));
    }

    @Test
    void withoutALabelInvoicesTakeTheLargestAndLettersOnlyASingleAmount() {
        assertEquals(
                Optional.of("40.00 EUR"),
                total("Grundgebühr 29,40 €\nOption 4,21 €\nGebühr 40,00 €", DocumentClass.INVOICE, null));
        assertEquals(Optional.empty(), total("steigt von 4,90 € auf 5,90 €", DocumentClass.LETTER, null));
        assertEquals(
                Optional.of("285.00 EUR"),
                total("Der Kostenbeitrag beträgt 285,00 € pro Person.", DocumentClass.LETTER, null));
    }

    @Test
    void aStatementsLastBalanceWinsAndHabenMarksDoNotHideIt() {
        String text = "Kontostand am 31.03.2026        1.201,87 H\nKontostand am 30.04.2026        3.170,63 H";
        assertEquals(Optional.of("3170.63 EUR"), total(text, DocumentClass.BANK_STATEMENT, "EUR"));
        assertEquals(
                Optional.of("222.00 EUR"),
                total("Restmüll 168,00 €\nZahlungsbetrag 222,00 €", DocumentClass.OFFICIAL_NOTICE, null));
    }

    @Test
    void aYearBeforeACurrencySymbolIsNotAnAmount() {
        assertEquals(
                Optional.of("1312.45 USD"),
                total("Amount due by April 28, 2026 $1,312.45", DocumentClass.OFFICIAL_NOTICE, null));
        assertEquals(Optional.empty(), total("MagentaMobil M 01.04. -30.04.2026", DocumentClass.LETTER, "EUR"));
    }

    @Test
    void percentagesQuantitiesUnitPricesAndDatesAreNotAmounts() {
        TextLines lines =
                TextLines.of("MwSt 19,00 %\n42,31 l x 1,789 EUR/l\n1,204 kg\nDatum 14.03.2026\nZins 1,50 % p.a.");
        assertTrue(
                AmountFinder.amounts(lines, "EUR").isEmpty(),
                AmountFinder.amounts(lines, "EUR").toString());
    }

    @Test
    void ocrNoiseInTheTotalLabelIsTolerated() {
        assertEquals(
                Optional.of("40.00 EUR"),
                total("Summe netto 33,61 €\nRechnungsbetraq 40,00 €\nZusatz 50,00 €", DocumentClass.INVOICE, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,56|1234.56",
                "1,234.56|1234.56",
                "1'245.80|1245.80",
                "118,00|118.00",
                "118.00|118.00",
                "100.000|100000",
                "14,004.00|14004.00",
                "350,000.00|350000.00",
                "2.201,50|2201.50"
            })
    void parsesGroupingAndDecimalSeparators(String raw, BigDecimal expected) {
        assertEquals(0, expected.compareTo(AmountFinder.parse(raw).orElseThrow()));
    }

    @Test
    void keyAmountsListTheTotalFirstWithoutRepeats() {
        TextLines lines = TextLines.of("Netto 99,16 €\nMwSt 18,84 €\nGesamtbetrag 118,00 €\nBitte zahlen Sie 118,00 €");
        List<AmountFinder.Found> amounts = AmountFinder.amounts(lines, "EUR");
        assertEquals(
                List.of("118.00 EUR", "99.16 EUR", "18.84 EUR"),
                AmountFinder.keyAmounts(AmountFinder.total(lines, amounts, DocumentClass.INVOICE), amounts, 5));
    }
}
