package io.docuelevate.domain.metadata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference's rules for metadata from untrusted input (an AI answer, an owner's correction), one field
 * at a time, each change noted so it can be logged or answered: a file name that could name a path is
 * blanked, unknown enum values become {@code Sonstiges} (the category follows the kind), tags are cut to
 * four, a language that is not ISO 639-1 is mapped from its name or dropped, the confidence is read as a
 * percentage and clamped to 0–100. Whoever reads the input's format (JSON) adds its own notes with
 * {@link #note(String)}.
 */
public final class MetadataCorrections {

    private static final int NOTE_VALUE_LENGTH = 40;
    /*
     * Compared before rounding, so that a number of any size (1e999999999) is clamped at once instead of being
     * expanded to its digits; a tiny one is 0 without rounding away a huge scale.
     */
    private static final BigDecimal ROUNDS_ABOVE_HUNDRED = new BigDecimal("100.5");
    private static final BigDecimal ROUNDS_BELOW_ZERO = new BigDecimal("-0.5");
    private static final BigDecimal ROUNDS_TO_ONE = new BigDecimal("0.5");

    private final List<String> notes;

    /** Notes into {@code notes}, or into a list of its own when {@code null}. */
    public MetadataCorrections(List<String> notes) {
        this.notes = notes == null ? new ArrayList<>() : notes;
    }

    /** What was changed so far, in order. */
    public List<String> notes() {
        return notes;
    }

    public void note(String correction) {
        notes.add(correction);
    }

    /** An untrusted text value: stripped and cut to the longest text a field keeps. */
    public static String text(String value) {
        return DocumentMetadata.limit(value.strip());
    }

    /** The file name if safe, else {@code ""} (noted when something was given). */
    public String filename(String value) {
        Optional<String> safe = DocumentMetadata.safeFilename(value);
        if (!value.isEmpty() && safe.isEmpty()) {
            note("filename blanked: not a safe name");
        }
        return safe.orElse("");
    }

    /** One of the eleven kinds, {@code Sonstiges} when there is none or it is unknown (noted). */
    public Kommunikationsart kommunikationsart(String value) {
        Optional<Kommunikationsart> art = Kommunikationsart.parse(value);
        if (art.isEmpty() && !value.isEmpty()) {
            note("kommunikationsart '" + shorten(value) + "' is not one of the 11 values: Sonstiges");
        }
        return art.orElse(Kommunikationsart.Sonstiges);
    }

    /** One of the five categories, else the category of {@code art} (noted when something else was given). */
    public Kommunikationskategorie kommunikationskategorie(String value, Kommunikationsart art) {
        Optional<Kommunikationskategorie> category = Kommunikationskategorie.parse(value);
        if (category.isEmpty() && !value.isEmpty()) {
            note("kommunikationskategorie '" + shorten(value) + "' is not one of the 5 values: " + art.kategorie());
        }
        return category.orElse(art.kategorie());
    }

    /** The tags as given; more than {@value DocumentMetadata#MAX_TAGS} is noted (the value cuts them). */
    public List<String> tags(List<String> tags) {
        if (tags.size() > DocumentMetadata.MAX_TAGS) {
            note("tags cut from " + tags.size() + " to " + DocumentMetadata.MAX_TAGS);
        }
        return tags;
    }

    /** The ISO 639-1 code of {@code value}, {@code ""} if none; a mapped or dropped value is noted. */
    public String language(String value) {
        String iso = DocumentMetadata.isoLanguage(value);
        if (!value.isEmpty() && !value.equals(iso)) {
            note(
                    iso.isEmpty()
                            ? "language '" + shorten(value) + "' is not ISO 639-1: dropped"
                            : "language '" + shorten(value) + "' read as " + iso);
        }
        return iso;
    }

    /** A confidence given as text ({@code "90"}, {@code "90%"}); 0 when it is not a number (noted). */
    public int confidence(String value) {
        try {
            return confidence(new BigDecimal(value.replace("%", "").strip()));
        } catch (NumberFormatException e) {
            note("confidence_score '" + shorten(value) + "' is not a number: 0");
            return 0;
        }
    }

    /** A confidence 0–100: a fraction ({@code 0.85}) is read as a percentage, the rest is rounded and clamped (noted). */
    public int confidence(BigDecimal value) {
        BigDecimal number = value;
        if (number.compareTo(BigDecimal.ZERO) > 0 && number.compareTo(BigDecimal.ONE) <= 0 && number.scale() > 0) {
            note("confidence_score " + shorten(number.toString()) + " read as a fraction");
            number = number.movePointRight(2);
        }
        if (number.compareTo(ROUNDS_ABOVE_HUNDRED) >= 0 || number.compareTo(ROUNDS_BELOW_ZERO) <= 0) {
            note("confidence_score " + shorten(number.toString()) + " clamped to 0-100");
            return number.signum() < 0 ? 0 : 100;
        }
        if (number.abs().compareTo(ROUNDS_TO_ONE) < 0) {
            return 0;
        }
        return number.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static String shorten(String value) {
        return value.length() > NOTE_VALUE_LENGTH ? value.substring(0, NOTE_VALUE_LENGTH) + "…" : value;
    }
}
