package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.DocumentClass;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void filenameIsDateClassAndCorrespondentInAscii() {
        assertEquals(
                "2026-03-14_Rechnung_Buerobedarf_Krueger",
                Naming.filename(
                        Optional.of(LocalDate.of(2026, 3, 14)),
                        DocumentClass.INVOICE,
                        "de",
                        Optional.of("Bürobedarf Krüger"),
                        Optional.empty()));
        assertEquals(
                "2026-02-05_Invoice_Cascade_Power_and_Light",
                Naming.filename(
                        Optional.of(LocalDate.of(2026, 2, 5)),
                        DocumentClass.INVOICE,
                        "en",
                        Optional.of("Cascade Power & Light"),
                        Optional.empty()));
    }

    @Test
    void hostileCorrespondentsCannotBreakTheName() {
        String name = Naming.filename(
                Optional.of(LocalDate.of(2026, 1, 1)),
                DocumentClass.LETTER,
                "en",
                Optional.of("../../etc/passwd"),
                Optional.empty());
        assertEquals("2026-01-01_Letter_etc_passwd", name);
        assertTrue(name.matches("^[A-Za-z0-9_.\\-]+$") && !name.contains(".."));
    }

    @Test
    void withoutDateOrCorrespondentTheSubjectNamesTheFile() {
        assertEquals(
                "Brief_Kuendigung_meiner_Mitgliedschaft",
                Naming.filename(
                        Optional.empty(),
                        DocumentClass.LETTER,
                        "de",
                        Optional.empty(),
                        Optional.of("Kündigung meiner Mitgliedschaft")));
    }

    @Test
    void theSubjectLineIsTheTitleAndAddressesAreNot() {
        TextLines letter = TextLines.of(
                "Herrn\nMax Mustermann\nLindenweg 12\n48149 Musterstadt\n\nÄnderung unseres Preisverzeichnisses\n\nSehr geehrter Herr Mustermann,");
        assertEquals(Optional.of("Änderung unseres Preisverzeichnisses"), Naming.subject(letter));
        TextLines noSubject = TextLines.of(
                "Herrn\nMax Mustermann\nLindenweg 12\n48149 Musterstadt\n\nSehr geehrter Herr Mustermann,");
        assertEquals(Optional.empty(), Naming.subject(noSubject));
        assertEquals(Optional.of("Your claim"), Naming.subject(TextLines.of("Re: Your claim\nDear Ms Kim,")));
        assertEquals(
                "Rechnung Telekom",
                Naming.title(DocumentClass.INVOICE, "de", Optional.of("Telekom"), Optional.empty()));
    }

    @Test
    void atMostFourTagsInTheDocumentsLanguage() {
        TextLines text = TextLines.of("Stromrechnung kWh Strom Energie Miete Versicherung Steuer");
        List<String> tags = Naming.tags(text, DocumentClass.INVOICE, "de", Optional.of("Stadtwerke Musterstadt"));
        assertEquals(4, tags.size());
        assertEquals("Rechnung", tags.get(0));
        assertEquals("Energie", tags.get(1));
        assertEquals("Stadtwerke Musterstadt", tags.get(3));
    }
}
