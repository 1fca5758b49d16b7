package io.docuelevate.domain.metadata;

import java.util.Optional;

/** The reference's five communication categories ({@code kommunikationskategorie}), spelled as the reference spells them. */
public enum Kommunikationskategorie {
    Amtliche_Postbehoerdliche_Dokumente,
    Finanz_und_Vertragsdokumente,
    Geschaeftliche_Kommunikation,
    Private_Korrespondenz,
    Sonstige_Informationen;

    /** The value for a name as an AI might spell it; empty if unknown. */
    public static Optional<Kommunikationskategorie> parse(String value) {
        return Vocabulary.match(values(), value);
    }
}
