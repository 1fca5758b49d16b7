package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.metadata.DocumentClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds labelled reference numbers (invoice, receipt, order, customer, account/IBAN, contract, policy,
 * case/file numbers such as Aktenzeichen, and "our reference") after their label or in the column under
 * it, and picks the one that identifies the document for its class: an invoice's invoice number before
 * its customer number, a statement's account, a notice's file number. The seller's tax number or a
 * bank account in an invoice footer never wins over a labelled document number.
 */
final class ReferenceFinder {

    enum Kind {
        INVOICE,
        RECEIPT,
        ORDER,
        CUSTOMER,
        ACCOUNT,
        CONTRACT,
        POLICY,
        CASE,
        TAX,
        REFERENCE
    }

    /** A reference number of some kind, in line {@code line}. */
    record Reference(Kind kind, String value, int line) {}

    private static final Map<Kind, List<Label>> LABELS = new EnumMap<>(Kind.class);

    static {
        LABELS.put(
                Kind.INVOICE,
                List.of(
                        Label.of(
                                "rechnungs-?\\s?(?:nummer|nr\\.?|no\\.?)|rechnung\\s+(?:nr\\.?|no\\.?|#)|re\\.?-?nr\\.?|invoice\\s*(?:no\\.?|number|num\\.?|nr\\.?|#|id|ref(?:erence)?\\.?)|inv\\.?\\s*(?:no\\.?|#)|rechnungsreferenz",
                                "rechnungsnummer"),
                        Label.of("invoice|rechnung")));
        LABELS.put(
                Kind.RECEIPT,
                List.of(Label.of(
                        "beleg-?\\s?(?:nummer|nr\\.?)|bon-?\\s?(?:nummer|nr\\.?)|quittungs-?\\s?(?:nummer|nr\\.?)|quittung\\s+nr\\.?|receipt\\s*(?:no\\.?|number|#)|trans(?:action)?\\s*(?:#|no\\.?|id)|check\\s*(?:#|no\\.?)|ticket\\s*#",
                        "belegnummer")));
        LABELS.put(
                Kind.ORDER,
                List.of(Label.of(
                        "bestell-?\\s?(?:nummer|nr\\.?)|auftrags-?\\s?(?:nummer|nr\\.?)|order\\s*(?:no\\.?|number|#|id)|p\\.?o\\.?\\s*(?:number|no\\.?|#)",
                        "bestellnummer",
                        "auftragsnummer")));
        LABELS.put(
                Kind.CUSTOMER,
                List.of(Label.of(
                        "kunden-?\\s?(?:nummer|nr\\.?)|kd\\.?-?\\s?nr\\.?|customer\\s*(?:no\\.?|number|id|#)|mitglieds-?\\s?(?:nummer|nr\\.?)|member(?:ship)?\\s*(?:id|no\\.?|number)|buchungskonto",
                        "kundennummer",
                        "mitgliedsnummer")));
        LABELS.put(
                Kind.ACCOUNT,
                List.of(Label.of(
                        "konto-?\\s?(?:nummer|nr\\.?)|account\\s*(?:no\\.?|number|id|#)|iban", "kontonummer")));
        LABELS.put(
                Kind.CONTRACT,
                List.of(Label.of(
                        "vertrags-?\\s?(?:nummer|nr\\.?)|vertrag\\s+nr\\.?|contract\\s*(?:no\\.?|number|#)|agreement\\s*(?:no\\.?|number|#)|lease\\s*(?:no\\.?|number|#)",
                        "vertragsnummer")));
        LABELS.put(
                Kind.POLICY,
                List.of(Label.of(
                        "versicherungs(?:schein)?-?\\s?(?:nummer|nr\\.?)|policen-?\\s?(?:nummer|nr\\.?)|police\\s+nr\\.?|policy\\s*(?:no\\.?|number|#)",
                        "versicherungsnummer",
                        "versicherungsscheinnummer")));
        LABELS.put(
                Kind.CASE,
                List.of(Label.of(
                        "aktenzeichen|az\\.|gesch(?:ä|ae)ftszeichen|kassenzeichen|vorgangsnummer|case\\s*(?:reference|ref\\.?|no\\.?|number|id)"
                                + "|(?:your\\s+)?claim(?:\\s*(?:no\\.?|number|#))?|application\\s*(?:no\\.?|number)|unique taxpayer reference(?:\\s*\\(utr\\))?|utr"
                                + "|notice\\s*(?:no\\.?|number)|ticket(?:\\s*(?:no\\.?|#))?",
                        "aktenzeichen",
                        "kassenzeichen",
                        "geschaeftszeichen")));
        LABELS.put(
                Kind.TAX,
                List.of(Label.of(
                        "steuer-?\\s?(?:nummer|nr\\.?)|st\\.?-?\\s?nr\\.?|tax\\s*(?:number|no\\.?|id)",
                        "steuernummer")));
        LABELS.put(
                Kind.REFERENCE,
                List.of(Label.of(
                        "unser(?:e)?\\s+zeichen|our\\s+ref(?:erence)?\\.?|ref(?:erence)?\\s*(?:no\\.?|number|#)|referenz(?:nummer)?|reference",
                        "unser zeichen")));
    }

    /** Per class, which kinds identify the document, best first. */
    private static final Map<DocumentClass, List<Kind>> PRIORITY = new EnumMap<>(DocumentClass.class);

    static {
        PRIORITY.put(
                DocumentClass.INVOICE,
                List.of(
                        Kind.INVOICE,
                        Kind.RECEIPT,
                        Kind.ORDER,
                        Kind.CONTRACT,
                        Kind.ACCOUNT,
                        Kind.CUSTOMER,
                        Kind.POLICY,
                        Kind.CASE,
                        Kind.REFERENCE));
        PRIORITY.put(
                DocumentClass.RECEIPT, List.of(Kind.RECEIPT, Kind.INVOICE, Kind.ORDER, Kind.CUSTOMER, Kind.REFERENCE));
        PRIORITY.put(
                DocumentClass.CONTRACT,
                List.of(
                        Kind.CONTRACT,
                        Kind.POLICY,
                        Kind.CASE,
                        Kind.CUSTOMER,
                        Kind.REFERENCE,
                        Kind.ACCOUNT,
                        Kind.INVOICE));
        PRIORITY.put(DocumentClass.BANK_STATEMENT, List.of(Kind.ACCOUNT, Kind.CUSTOMER, Kind.CONTRACT, Kind.REFERENCE));
        PRIORITY.put(
                DocumentClass.OFFICIAL_NOTICE,
                List.of(
                        Kind.CASE,
                        Kind.TAX,
                        Kind.POLICY,
                        Kind.REFERENCE,
                        Kind.CUSTOMER,
                        Kind.CONTRACT,
                        Kind.ACCOUNT,
                        Kind.INVOICE));
        PRIORITY.put(
                DocumentClass.LETTER,
                List.of(
                        Kind.REFERENCE,
                        Kind.CASE,
                        Kind.CONTRACT,
                        Kind.POLICY,
                        Kind.CUSTOMER,
                        Kind.INVOICE,
                        Kind.ORDER,
                        Kind.ACCOUNT));
        PRIORITY.put(DocumentClass.NEWSLETTER, List.of(Kind.REFERENCE, Kind.CUSTOMER));
        PRIORITY.put(
                DocumentClass.OTHER,
                List.of(
                        Kind.REFERENCE,
                        Kind.INVOICE,
                        Kind.CONTRACT,
                        Kind.POLICY,
                        Kind.CASE,
                        Kind.CUSTOMER,
                        Kind.ORDER,
                        Kind.RECEIPT,
                        Kind.ACCOUNT));
    }

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[:#.]|\\(\\w+\\))?\\s*[:#]?\\s*");
    /** A value: letters, digits and {@code ./-}, at least one digit; spaced digit groups ("4211 9876 5432", "12 120884 M 007") join. */
    private static final Pattern VALUE = Pattern.compile(
            "(?=[\\p{L}\\d./\\-]*\\d)[\\p{L}\\d][\\p{L}\\d./\\-]*[\\p{L}\\d]|\\d(?:\\s(?:\\d+|\\p{Lu})(?![\\p{L}\\d]))*");

    private static final Pattern SPACED_GROUPS =
            Pattern.compile("^[\\p{L}\\d./\\-]+(?: (?:\\d+|\\p{Lu})(?![\\p{L}\\d]))+");
    private static final Pattern IBAN =
            Pattern.compile("^[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    private static final Pattern DATE_LIKE =
            Pattern.compile("^(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern AMOUNT_LIKE = Pattern.compile("^\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}$");
    /** Specks OCR reads in front of a value ("Account Number: -4409-22871-3", "Nr. |4711"); no reference starts with them. */
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[\\-\u2013\u2014_|~'`\u201a,.]+(?=[\\p{L}\\d])");
    /** A part of a reference made of letters only, with at least one lower-case letter: a word or abbreviation ("OWi"). */
    private static final Pattern WORD_PART_WITH_ZEROS =
            Pattern.compile("(?<![\\p{L}\\d])(?=[\\p{L}0]*\\p{Ll})(?=[\\p{L}0]*0)[\\p{L}0]+(?![\\p{L}\\d])");

    private ReferenceFinder() {}

    /** All labelled references, in reading order, at most one per kind and line. */
    static List<Reference> all(TextLines text) {
        List<Reference> result = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            if (line.isBlank()) {
                continue;
            }
            for (Map.Entry<Kind, List<Label>> entry : LABELS.entrySet()) {
                for (Label label : entry.getValue()) {
                    Optional<String> value = valueAfter(text, i, label);
                    if (value.isPresent()) {
                        result.add(new Reference(entry.getKey(), value.get(), i));
                        break;
                    }
                }
            }
        }
        return result;
    }

    /** The reference that identifies a document of this class, if any. */
    static Optional<Reference> best(List<Reference> references, DocumentClass documentClass) {
        for (Kind kind : PRIORITY.getOrDefault(documentClass, PRIORITY.get(DocumentClass.OTHER))) {
            for (Reference reference : references) {
                if (reference.kind() == kind) {
                    return Optional.of(reference);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valueAfter(TextLines text, int index, Label label) {
        String line = text.line(index);
        Optional<Label.Match> match = label.find(line);
        while (match.isPresent()) {
            Label.Match m = match.get();
            boolean bareWord = isBareWord(line, m);
            String rest = line.substring(m.end());
            Matcher separator = SEPARATOR.matcher(rest);
            int offset = separator.find() ? separator.end() : 0;
            String candidate = rest.substring(offset);
            boolean otherLabelNext = startsWithOtherLabel(candidate);
            if (!candidate.isEmpty() && !otherLabelNext && offset <= 40 && !(bareWord && offset > 3)) {
                Optional<String> value = value(candidate, bareWord);
                if (value.isPresent()) {
                    return value.map(ReferenceFinder::clean);
                }
            }
            if (!bareWord && (candidate.isBlank() || otherLabelNext)) {
                Optional<String> underneath =
                        text.below(index, m.start(), m.end()).flatMap(segment -> value(segment.text(), false));
                if (underneath.isPresent()) {
                    return underneath.map(ReferenceFinder::clean);
                }
            }
            match = label.find(line, m.end());
        }
        return Optional.empty();
    }

    /** "Invoice" or "Rechnung" alone counts only when a number-like value follows directly ("Invoice INV-2026-014"). */
    private static boolean isBareWord(String line, Label.Match m) {
        String word = line.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
        return word.equals("invoice") || word.equals("rechnung");
    }

    private static Optional<String> value(String candidate, boolean strict) {
        String text = candidate.stripLeading();
        if (text.isEmpty() || candidate.length() - text.length() > 30) {
            return Optional.empty();
        }
        text = LEADING_SPECKS.matcher(text).replaceFirst("");
        Matcher spaced = SPACED_GROUPS.matcher(text);
        Matcher iban = IBAN.matcher(text);
        String token;
        if (iban.find()) {
            token = iban.group();
        } else if (spaced.find()
                && spaced.group().chars().filter(Character::isDigit).count() >= 4) {
            token = spaced.group();
        } else {
            Matcher m = VALUE.matcher(text);
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            token = m.group();
        }
        token = token.replaceAll("[.\\-/]+$", "");
        if (token.length() < 2 && !token.chars().allMatch(Character::isDigit) || token.length() > 40) {
            return Optional.empty();
        }
        if (DATE_LIKE.matcher(token).matches() || AMOUNT_LIKE.matcher(token).matches()) {
            return Optional.empty();
        }
        if (strict
                && (token.chars().noneMatch(Character::isDigit)
                        || token.matches("\\d{1,2}")
                        || token.matches("(19|20)\\d{2}"))) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    private static boolean startsWithOtherLabel(String candidate) {
        String text = candidate.strip();
        for (List<Label> labels : LABELS.values()) {
            for (Label label : labels) {
                Optional<Label.Match> m = label.find(text);
                if (m.isPresent() && m.get().start() == 0) {
                    return true;
                }
            }
        }
        return text.matches("(?i)^(datum|date)\\b.*");
    }

    /**
     * Account numbers and spaced groups are written without spaces (IBAN, "4211 9876 5432"); a zero inside a
     * lower-case word part is OCR's reading of the letter O ("53.2-0Wi-118/26" is "53.2-OWi-118/26").
     */
    private static String clean(String value) {
        String cleaned = WORD_PART_WITH_ZEROS
                .matcher(value)
                .replaceAll(part -> part.group().replace('0', 'O'));
        if (cleaned.matches("[\\p{L}\\d]+(?: [\\p{L}\\d]+)+")) {
            return cleaned.replace(" ", "");
        }
        return cleaned;
    }
}
