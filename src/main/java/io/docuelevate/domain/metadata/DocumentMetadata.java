package io.docuelevate.domain.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document's metadata as DocuElevate defines it (reference spec §2.6): exactly thirteen fields with
 * the reference's JSON names ({@link #FIELDS}), so {@code ai_metadata}, the sidecar and the XMP packet are
 * readable by DocuElevate clients whichever engine produced them. What the engine knew beyond the contract
 * (the document date as a date, the total as a number, which engine, why a fallback happened) travels in
 * {@link Extraction}.
 *
 * <p>Instances are always valid: the constructor applies the reference's rules (defaults, at most four
 * distinct tags, confidence 0–100, a file name that cannot name a path, ISO 639-1 language);
 * {@link MetadataCorrections} applies them to untrusted input and says what it changed. The JSON forms
 * are written and read outside the domain ({@code application.metadata.MetadataJson}).
 */
public record DocumentMetadata(
        String filename,
        String empfaenger,
        String absender,
        String correspondent,
        Kommunikationsart kommunikationsart,
        Kommunikationskategorie kommunikationskategorie,
        String documentType,
        List<String> tags,
        String language,
        String title,
        int confidenceScore,
        String referenceNumber,
        List<String> monetaryAmounts,
        Extraction extraction) {

    public static final String UNKNOWN = "Unknown";
    public static final int MAX_TAGS = 4;

    /** The thirteen field names, in the reference's order. */
    public static final List<String> FIELDS = List.of(
            "filename",
            "empfaenger",
            "absender",
            "correspondent",
            "kommunikationsart",
            "kommunikationskategorie",
            "document_type",
            "tags",
            "language",
            "title",
            "confidence_score",
            "reference_number",
            "monetary_amounts");

    /** The reference's rule for a suggested file name: word characters, {@code -}, {@code .}, space, never {@code ..}. */
    private static final Pattern SAFE_FILENAME = Pattern.compile("(?U)^[\\w\\-. ]+$");

    private static final Pattern ISO_639_1 = Pattern.compile("^[a-z]{2}$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[_ .-].*)?$");
    static final int MAX_TEXT = 300;
    private static final int MAX_AMOUNTS = 10;

    /**
     * What the engine found beyond the 13 fields.
     *
     * @param documentDate   the document (header) date, if one was found
     * @param totalAmount    the document's total (amount due, closing balance…), if one was found
     * @param engine         which engine answered, e.g. {@code rule-based} or {@code openai-compatible:gpt-4o-mini}
     * @param fallbackReason why the preferred engine was not used (AI failed, answered garbage); {@code null} if it was
     */
    public record Extraction(LocalDate documentDate, MonetaryAmount totalAmount, String engine, String fallbackReason) {

        public static final Extraction NONE = new Extraction(null, null, null, null);

        public Extraction withFallbackReason(String reason) {
            return new Extraction(documentDate, totalAmount, engine, reason);
        }
    }

    public DocumentMetadata {
        filename = safeFilename(filename).orElse("");
        empfaenger = party(empfaenger);
        absender = party(absender);
        correspondent = party(correspondent);
        kommunikationsart = kommunikationsart == null ? Kommunikationsart.Sonstiges : kommunikationsart;
        kommunikationskategorie =
                kommunikationskategorie == null ? kommunikationsart.kategorie() : kommunikationskategorie;
        documentType = blankTo(documentType, UNKNOWN);
        tags = cleanTags(tags);
        language = isoLanguage(language);
        title = blankTo(title, "");
        confidenceScore = Math.max(0, Math.min(100, confidenceScore));
        referenceNumber = blankTo(referenceNumber, "");
        monetaryAmounts = monetaryAmounts == null
                ? List.of()
                : monetaryAmounts.stream()
                        .filter(Objects::nonNull)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .limit(MAX_AMOUNTS)
                        .toList();
        extraction = extraction == null ? Extraction.NONE : extraction;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .filename(filename)
                .empfaenger(empfaenger)
                .absender(absender)
                .correspondent(correspondent)
                .kommunikationsart(kommunikationsart)
                .kommunikationskategorie(kommunikationskategorie)
                .documentType(documentType)
                .tags(tags)
                .language(language)
                .title(title)
                .confidenceScore(confidenceScore)
                .referenceNumber(referenceNumber)
                .monetaryAmounts(monetaryAmounts)
                .extraction(extraction);
    }

    public DocumentMetadata withExtraction(Extraction value) {
        return toBuilder().extraction(value).build();
    }

    /**
     * The document date: the engine's own finding, else the {@code YYYY-MM-DD} prefix of {@link #filename()}
     * (which is how an AI answer carries it).
     */
    public Optional<LocalDate> documentDate() {
        if (extraction.documentDate() != null) {
            return Optional.of(extraction.documentDate());
        }
        var m = DATE_PREFIX.matcher(filename);
        if (m.matches()) {
            try {
                return Optional.of(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The total: the engine's own finding; for metadata of unknown origin (no {@link Extraction#engine()}), the
     * first of {@link #monetaryAmounts()} when it reads as an amount.
     */
    public Optional<MonetaryAmount> totalAmount() {
        if (extraction.totalAmount() != null) {
            return Optional.of(extraction.totalAmount());
        }
        if (extraction.engine() != null || monetaryAmounts.isEmpty()) {
            return Optional.empty();
        }
        return MonetaryAmount.parse(monetaryAmounts.get(0));
    }

    /** The name if it is safe by the reference's rule ({@code ^[\w\-. ]+$}, no {@code ..}), trimmed. */
    public static Optional<String> safeFilename(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String value = name.trim();
        if (value.isEmpty()
                || value.contains("..")
                || !SAFE_FILENAME.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** ISO 639-1 code for {@code de}, {@code DE}, {@code de-DE}, {@code de_AT}, {@code German}, {@code Deutsch}…; {@code ""} if none. */
    public static String isoLanguage(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        String head = v.split("[-_]", 2)[0];
        if (ISO_639_1.matcher(head).matches()
                && Set.of(Locale.getISOLanguages()).contains(head)) {
            return head;
        }
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(v)
                    || locale.getDisplayLanguage(locale).equalsIgnoreCase(v)
                    || locale.getDisplayLanguage(Locale.GERMAN).equalsIgnoreCase(v)) {
                return code;
            }
        }
        return "";
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String value = limit(tag.strip());
            if (seen.add(value.toLowerCase(Locale.ROOT))) {
                result.add(value);
            }
            if (result.size() == MAX_TAGS) {
                break;
            }
        }
        return List.copyOf(result);
    }

    private static String party(String value) {
        return blankTo(value, UNKNOWN);
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : limit(value.strip());
    }

    /** {@code value} cut to {@value #MAX_TEXT} characters, the longest text a field keeps. */
    static String limit(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT).strip() : value;
    }

    /** Fluent construction; unset fields get the reference's defaults ({@code Unknown}, empty, 0). */
    public static final class Builder {
        private String filename;
        private String empfaenger;
        private String absender;
        private String correspondent;
        private Kommunikationsart kommunikationsart;
        private Kommunikationskategorie kommunikationskategorie;
        private String documentType;
        private List<String> tags = List.of();
        private String language;
        private String title;
        private int confidenceScore;
        private String referenceNumber;
        private List<String> monetaryAmounts = List.of();
        private Extraction extraction = Extraction.NONE;

        private Builder() {}

        public Builder filename(String value) {
            filename = value;
            return this;
        }

        public Builder empfaenger(String value) {
            empfaenger = value;
            return this;
        }

        public Builder absender(String value) {
            absender = value;
            return this;
        }

        public Builder correspondent(String value) {
            correspondent = value;
            return this;
        }

        public Builder kommunikationsart(Kommunikationsart value) {
            kommunikationsart = value;
            return this;
        }

        public Builder kommunikationskategorie(Kommunikationskategorie value) {
            kommunikationskategorie = value;
            return this;
        }

        public Builder documentType(String value) {
            documentType = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder confidenceScore(int value) {
            confidenceScore = value;
            return this;
        }

        public Builder referenceNumber(String value) {
            referenceNumber = value;
            return this;
        }

        public Builder monetaryAmounts(List<String> value) {
            monetaryAmounts = value;
            return this;
        }

        public Builder extraction(Extraction value) {
            extraction = value;
            return this;
        }

        public DocumentMetadata build() {
            return new DocumentMetadata(
                    filename,
                    empfaenger,
                    absender,
                    correspondent,
                    kommunikationsart,
                    kommunikationskategorie,
                    documentType,
                    tags,
                    language,
                    title,
                    confidenceScore,
                    referenceNumber,
                    monetaryAmounts,
                    extraction);
        }
    }
}
