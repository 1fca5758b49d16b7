package io.docuelevate.infrastructure.metadata;

import java.util.regex.Pattern;

/**
 * Recognises postal address lines (German, British and US streets, post boxes, postcodes with a town), so
 * {@link PartyFinder} can tell a name heading an address block — a sender's letterhead, a recipient's
 * window — from any other line.
 */
final class AddressLines {

    private static final Pattern STREET = Pattern.compile(
            "(?:\\p{L}[\\p{L}.\\-]*(?:straße|strasse|str\\.|weg|allee|platz|ring|gasse|damm|ufer|chaussee|markt|steig|pfad|freiheit|kai)\\s+\\d+"
                    + "|(?<![\\p{L}])(?:Am|An der|Auf der|Im|In der|Zum|Zur)\\s+\\p{L}+\\s+\\d+"
                    + "|^\\d+[a-z]?\\s+(?:[\\p{L}.]+\\s+){0,4}(?:Street|St\\.?|Road|Rd\\.?|Lane|Ln|Avenue|Ave\\.?|Drive|Dr|Way|Court|Ct|Grove|Close|Parkway|Pkwy"
                    + "|Blvd|Boulevard|Highway|Hwy|Place|Pl|Square|Terrace|Crescent|Row|Mews)\\b"
                    + "|(?:Postfach|P\\.?\\s?O\\.? Box|PO Box)\\s+\\d+|Unit \\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile(
            "(?:(?<![\\d])\\d{5}\\s+\\p{Lu}\\p{L}+|(?<![\\d])\\d{4}\\s+\\p{Lu}\\p{L}+|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b|\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b|\\bL-\\d{4}\\b)");
    private static final int BLOCK_LINES = 5;

    private AddressLines() {}

    /** Whether {@code value} contains a street (with number), a post box or a postcode with a town. */
    static boolean isAddress(String value) {
        return STREET.matcher(value).find() || POSTCODE.matcher(value).find();
    }

    /** Whether a street or postcode line is among the {@code lines} non-blank lines after {@code index}. */
    static boolean addressWithin(TextLines text, int index, int lines) {
        int next = index;
        for (int step = 0; step < lines; step++) {
            next = text.nextNonBlank(next);
            if (next < 0) {
                return false;
            }
            if (isAddress(text.firstSegment(next))) {
                return true;
            }
        }
        return false;
    }

    /** The last line of the address block under {@code nameLine}: up to its postcode line, at most five lines down. */
    static int lastAddressLine(TextLines text, int nameLine) {
        int last = nameLine;
        int next = nameLine;
        for (int step = 0; step < BLOCK_LINES; step++) {
            next = text.nextNonBlank(next);
            if (next < 0) {
                break;
            }
            String segment = text.firstSegment(next);
            if (isAddress(segment) || step == 0) {
                last = next;
            }
            if (POSTCODE.matcher(segment).find()) {
                break;
            }
        }
        return last;
    }
}
