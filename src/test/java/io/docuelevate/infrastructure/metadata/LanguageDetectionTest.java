package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sehr geehrter Herr Mustermann, anbei erhalten Sie Ihre Rechnung für den Monat März. Bitte überweisen Sie den Betrag. | de",
                "Dear Mr Smith, please find enclosed your invoice for March. Kindly pay the amount within fourteen days.              | en",
                "Madame, veuillez trouver ci-joint votre facture du mois de mars. Merci de régler le montant sous quinze jours.        | fr",
                "Estimado señor, le enviamos adjunta la factura correspondiente al mes de marzo. Le rogamos abone el importe.         | es",
                "Geachte heer, hierbij ontvangt u de factuur voor de maand maart. Wij verzoeken u het bedrag binnen veertien dagen.  | nl",
            })
    void detectsTheLanguageOfAText(String text, String expected) {
        assertEquals(Optional.of(expected), LanguageDetection.detect(text));
    }

    @Test
    void numbersAndCodesAloneAreNoLanguage() {
        assertEquals(
                Optional.empty(),
                LanguageDetection.detect("14.03.2026 118,00 EUR DE44 4005 0150 0000 1234 56 RE-2026"));
    }

    @Test
    void onlyWordsAreSampled() {
        assertEquals("Rechnung Nr vom", LanguageDetection.sample("Rechnung Nr. 2026-0042 vom 14.03.2026: 118,00 €"));
    }
}
