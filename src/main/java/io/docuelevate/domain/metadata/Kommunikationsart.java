package io.docuelevate.domain.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * The reference's eleven kinds of communication ({@code kommunikationsart}), spelled exactly as the
 * reference prompt lists them so stored metadata stays compatible with DocuElevate clients. Each kind
 * belongs to one {@link Kommunikationskategorie}.
 */
public enum Kommunikationsart {
    Behoerdlicher_Brief(Kommunikationskategorie.Amtliche_Postbehoerdliche_Dokumente),
    Rechnung(Kommunikationskategorie.Finanz_und_Vertragsdokumente),
    Kontoauszug(Kommunikationskategorie.Finanz_und_Vertragsdokumente),
    Vertrag(Kommunikationskategorie.Finanz_und_Vertragsdokumente),
    Quittung(Kommunikationskategorie.Finanz_und_Vertragsdokumente),
    Privater_Brief(Kommunikationskategorie.Private_Korrespondenz),
    Einladung(Kommunikationskategorie.Private_Korrespondenz),
    Gewerbliche_Korrespondenz(Kommunikationskategorie.Geschaeftliche_Kommunikation),
    Newsletter(Kommunikationskategorie.Sonstige_Informationen),
    Werbung(Kommunikationskategorie.Sonstige_Informationen),
    Sonstiges(Kommunikationskategorie.Sonstige_Informationen);

    private final Kommunikationskategorie kategorie;

    Kommunikationsart(Kommunikationskategorie kategorie) {
        this.kategorie = kategorie;
    }

    public Kommunikationskategorie kategorie() {
        return kategorie;
    }

    /** The value for a name as an AI might spell it (case, umlauts, spaces instead of underscores); empty if unknown. */
    public static Optional<Kommunikationsart> parse(String value) {
        return Vocabulary.match(values(), value);
    }

    static String fold(String value) {
        return value.trim()
                .toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replaceAll("[\\s\\-]+", "_");
    }
}
