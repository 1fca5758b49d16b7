package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.domain.metadata.DocumentClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentClassifierTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "RECHNUNG\\nRechnungsnummer: 1\\nNetto 10,00 €\\nMwSt 1,90 €\\nGesamtbetrag 11,90 €                       | INVOICE",
                "INVOICE\\nInvoice No. 5\\nSubtotal $10.00\\nAmount due $10.00                                         | INVOICE",
                "Kassenbon\\nSUMME EUR 3,40\\nBar 5,00\\nRückgeld 1,60\\nVielen Dank für Ihren Einkauf                | RECEIPT",
                "Receipt #22\\nAmount paid $49.00\\nDate paid March 2, 2026                                           | RECEIPT",
                "MIETVERTRAG\\nZwischen Vermieter und Mieter\\n§ 1 Mietsache\\n§ 2 Mietzeit\\nKaution                   | CONTRACT",
                "SERVICE AGREEMENT\\nBetween the parties\\nTermination: either party                                  | CONTRACT",
                "Kontoauszug vom 31.03.2026\\nBuchungstag Wert Vorgang\\nAlter Kontostand\\nNeuer Kontostand          | BANK_STATEMENT",
                "Your Current Account statement\\nSort code 20-45-77\\nOpening balance\\nClosing balance             | BANK_STATEMENT",
                "Bescheid für 2024 über Einkommensteuer\\nFinanzamt Musterstadt\\nRechtsbehelfsbelehrung\\nEinspruch | OFFICIAL_NOTICE",
                "HM Revenue & Customs\\nSelf Assessment: penalty for late filing\\nYou can appeal                    | OFFICIAL_NOTICE",
                "Stadtbibliothek - Newsletter März\\nVeranstaltungen\\nNewsletter abbestellen                        | NEWSLETTER",
                "Dear Tom,\\nThank you for the photographs.\\nWith much love,\\nMargaret                           | LETTER",
                "Sehr geehrte Damen und Herren,\\nhiermit kündige ich meine Mitgliedschaft.\\nMit freundlichen Grüßen | LETTER",
                "BLUE MOON DINER\\nServer: Tanya Table 12\\nCheck #4471\\nTip 10.00\\nTotal Due $71.63\\nMASTERCARD APPROVED                  | RECEIPT",
                "Versicherungsschein Kfz-Versicherung\\nVersicherungsnehmer: D. Ortmann\\nJahresbeitrag gesamt 857,45 €     | CONTRACT",
                "Driver and Vehicle Licensing Agency\\nVEHICLE TAX REMINDER (V11)\\nReference number: 4417             | OFFICIAL_NOTICE",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit                                          | OTHER",
            })
    void classifiesByCueWordsAndTitleLines(String text, DocumentClass expected) {
        assertEquals(
                expected,
                DocumentClassifier.classify(TextLines.of(text.replace("\\n", "\n")))
                        .documentClass());
    }
}
