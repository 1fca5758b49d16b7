package io.docuelevate.domain.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * The coarse document classes the offline extractor recognises, with the {@code document_type} label
 * it writes, a German label for German titles and file names, and the reference's
 * {@link Kommunikationsart} each maps to. A letter's kind depends on who wrote it, so
 * {@link #kommunikationsart(boolean)} asks whether the sender is an organisation.
 */
public enum DocumentClass {
    INVOICE("Invoice", "Rechnung", Kommunikationsart.Rechnung),
    RECEIPT("Receipt", "Quittung", Kommunikationsart.Quittung),
    CONTRACT("Contract", "Vertrag", Kommunikationsart.Vertrag),
    BANK_STATEMENT("Bank Statement", "Kontoauszug", Kommunikationsart.Kontoauszug),
    OFFICIAL_NOTICE("Official Notice", "Bescheid", Kommunikationsart.Behoerdlicher_Brief),
    NEWSLETTER("Newsletter", "Newsletter", Kommunikationsart.Newsletter),
    LETTER("Letter", "Brief", Kommunikationsart.Gewerbliche_Korrespondenz),
    OTHER("Other", "Dokument", Kommunikationsart.Sonstiges);

    private final String label;
    private final String germanLabel;
    private final Kommunikationsart art;

    DocumentClass(String label, String germanLabel, Kommunikationsart art) {
        this.label = label;
        this.germanLabel = germanLabel;
        this.art = art;
    }

    /** The {@code document_type} value, e.g. {@code Invoice}. */
    public String label() {
        return label;
    }

    /** The label in the document's language ({@code de} gives German, anything else English). */
    public String label(String language) {
        return "de".equals(language) ? germanLabel : label;
    }

    /** A letter from a person is private correspondence, from an organisation business correspondence. */
    public Kommunikationsart kommunikationsart(boolean fromOrganisation) {
        if (this == LETTER && !fromOrganisation) {
            return Kommunikationsart.Privater_Brief;
        }
        return art;
    }

    /**
     * The class a free-form {@code document_type} (or a {@code kommunikationsart}) names, as an AI or the
     * offline extractor writes it: "Invoice", "Utility Bill", "Rechnung", "Kontoauszug", "Tax assessment"…
     */
    public static Optional<DocumentClass> classify(String documentType) {
        if (documentType == null || documentType.isBlank()) {
            return Optional.empty();
        }
        String value = Kommunikationsart.fold(documentType).replace('_', ' ');
        if (value.contains("statement") && !value.contains("invoice") || value.contains("kontoauszug")) {
            return Optional.of(BANK_STATEMENT);
        }
        if (value.contains("receipt")
                || value.contains("quittung")
                || value.contains("kassenbon")
                || value.contains("beleg")) {
            return Optional.of(RECEIPT);
        }
        if (value.contains("invoice") || value.contains("rechnung") || value.contains("bill")) {
            return Optional.of(INVOICE);
        }
        if (value.contains("contract")
                || value.contains("vertrag")
                || value.contains("agreement")
                || value.contains("policy")) {
            return Optional.of(CONTRACT);
        }
        if (value.contains("notice")
                || value.contains("bescheid")
                || value.contains("behoerd")
                || value.contains("official")
                || value.contains("tax assessment")
                || value.contains("government")) {
            return Optional.of(OFFICIAL_NOTICE);
        }
        if (value.contains("newsletter")) {
            return Optional.of(NEWSLETTER);
        }
        if (value.contains("letter")
                || value.contains("brief")
                || value.contains("korrespondenz")
                || value.contains("correspondence")) {
            return Optional.of(LETTER);
        }
        if (value.contains("other") || value.contains("sonstig")) {
            return Optional.of(OTHER);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
