package io.docuelevate.domain.metadata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
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
 * the reference's JSON names, so {@code ai_metadata}, the sidecar and the XMP packet are readable by
 * DocuElevate clients whichever engine produced them. What the engine knew beyond the contract (the
 * document date as a date, the total as a number, which engine, why a fallback happened) travels in
 * {@link Extraction}, which {@link #toJson()} leaves out and {@link #toExtendedJson()} writes under its
 * own key {@value #EXTRACTION_KEY}.
 *
 * <p>Instances are always valid: {@link #fromJson(JsonObject, List)} applies the reference's rules to
 * untrusted input (enums, at most four tags, confidence 0–100, a file name that cannot name a path).
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
    public static final String EXTRACTION_KEY = "extraction";
    public static final int MAX_TAGS = 4;

    /** The thirteen field names, in the reference's order. */
    public static final List<String> FIELDS = List.of("filename", "empfaenger", "absender", "correspondent", "kommunikationsart",
            "kommunikationskategorie", "document_type", "tags", "language", "title", "confidence_score", "reference_number",
            "monetary_amounts");

    /** The reference's rule for a suggested file name: word characters, {@code -}, {@code .}, space, never {@code ..}. */
    private static final Pattern SAFE_FILENAME = Pattern.compile("(?U)^[\\w\\-. ]+$");
    private static final Pattern ISO_639_1 = Pattern.compile("^[a-z]{2}$");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[_ .-].*)?$");
    private static final int MAX_TEXT = 300;
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
        kommunikationskategorie = kommunikationskategorie == null ? kommunikationsart.kategorie() : kommunikationskategorie;
        documentType = blankTo(documentType, UNKNOWN);
        tags = cleanTags(tags);
        language = isoLanguage(language);
        title = blankTo(title, "");
        confidenceScore = Math.max(0, Math.min(100, confidenceScore));
        referenceNumber = blankTo(referenceNumber, "");
        monetaryAmounts = monetaryAmounts == null ? List.of()
                : monetaryAmounts.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).limit(MAX_AMOUNTS).toList();
        extraction = extraction == null ? Extraction.NONE : extraction;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().filename(filename).empfaenger(empfaenger).absender(absender).correspondent(correspondent)
                .kommunikationsart(kommunikationsart).kommunikationskategorie(kommunikationskategorie).documentType(documentType)
                .tags(tags).language(language).title(title).confidenceScore(confidenceScore).referenceNumber(referenceNumber)
                .monetaryAmounts(monetaryAmounts).extraction(extraction);
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

    /** Exactly the reference's thirteen fields, in its order. */
    public JsonObject toJson() {
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tags.forEach(tagArray::add);
        JsonArrayBuilder amountArray = Json.createArrayBuilder();
        monetaryAmounts.forEach(amountArray::add);
        return Json.createObjectBuilder()
                .add("filename", filename)
                .add("empfaenger", empfaenger)
                .add("absender", absender)
                .add("correspondent", correspondent)
                .add("kommunikationsart", kommunikationsart.name())
                .add("kommunikationskategorie", kommunikationskategorie.name())
                .add("document_type", documentType)
                .add("tags", tagArray)
                .add("language", language)
                .add("title", title)
                .add("confidence_score", confidenceScore)
                .add("reference_number", referenceNumber)
                .add("monetary_amounts", amountArray)
                .build();
    }

    /**
     * The thirteen fields plus {@value #EXTRACTION_KEY}: {@code document_date} (ISO), {@code total_amount}
     * ({@code "118.00"}), {@code currency}, {@code engine}, {@code fallback_reason}, each only when known.
     */
    public JsonObject toExtendedJson() {
        JsonObjectBuilder details = Json.createObjectBuilder();
        if (extraction.documentDate() != null) {
            details.add("document_date", extraction.documentDate().toString());
        }
        if (extraction.totalAmount() != null) {
            details.add("total_amount", extraction.totalAmount().amount().toPlainString());
            details.add("currency", extraction.totalAmount().currency());
        }
        if (extraction.engine() != null) {
            details.add("engine", extraction.engine());
        }
        if (extraction.fallbackReason() != null) {
            details.add("fallback_reason", extraction.fallbackReason());
        }
        return Json.createObjectBuilder(toJson()).add(EXTRACTION_KEY, details).build();
    }

    /** Reads {@link #toJson()} or {@link #toExtendedJson()} text (a sidecar, a stored {@code ai_metadata}). */
    public static DocumentMetadata fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject(), new ArrayList<>());
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a metadata JSON object: " + e.getMessage(), e);
        }
    }

    /**
     * Builds valid metadata from untrusted JSON (an AI answer, a user's correction), applying the
     * reference's rules and noting each correction in {@code corrections}: unknown enum values become
     * {@code Sonstiges} (the category follows the kind), tags are cut to four, the confidence is clamped to
     * 0–100, a language that is not ISO 639-1 is mapped from its name or dropped, and a file name that
     * does not match {@code ^[\w\-. ]+$} or contains {@code ..} is blanked. Unknown keys are ignored.
     *
     * @throws IllegalArgumentException none of the thirteen fields is present: this is not metadata
     */
    public static DocumentMetadata fromJson(JsonObject json, List<String> corrections) {
        if (FIELDS.stream().noneMatch(json::containsKey)) {
            throw new IllegalArgumentException("none of the 13 metadata fields is present");
        }
        List<String> notes = corrections == null ? new ArrayList<>() : corrections;
        Builder b = builder();
        String filename = text(json, "filename", notes);
        Optional<String> safe = safeFilename(filename);
        if (!filename.isEmpty() && safe.isEmpty()) {
            notes.add("filename blanked: not a safe name");
        }
        b.filename(safe.orElse(""));
        b.empfaenger(text(json, "empfaenger", notes));
        b.absender(text(json, "absender", notes));
        b.correspondent(text(json, "correspondent", notes));

        String artText = text(json, "kommunikationsart", notes);
        Kommunikationsart art = Kommunikationsart.parse(artText).orElse(null);
        if (art == null) {
            if (!artText.isEmpty()) {
                notes.add("kommunikationsart '" + shorten(artText) + "' is not one of the 11 values: Sonstiges");
            }
            art = Kommunikationsart.Sonstiges;
        }
        b.kommunikationsart(art);
        String categoryText = text(json, "kommunikationskategorie", notes);
        Kommunikationskategorie category = Kommunikationskategorie.parse(categoryText).orElse(null);
        if (category == null && !categoryText.isEmpty()) {
            notes.add("kommunikationskategorie '" + shorten(categoryText) + "' is not one of the 5 values: " + art.kategorie());
        }
        b.kommunikationskategorie(category == null ? art.kategorie() : category);

        b.documentType(text(json, "document_type", notes));
        List<String> tags = list(json, "tags", notes);
        if (tags.size() > MAX_TAGS) {
            notes.add("tags cut from " + tags.size() + " to " + MAX_TAGS);
        }
        b.tags(tags);
        String language = text(json, "language", notes);
        String iso = isoLanguage(language);
        if (!language.isEmpty() && !language.equals(iso)) {
            notes.add(iso.isEmpty() ? "language '" + shorten(language) + "' is not ISO 639-1: dropped" : "language '" + shorten(language) + "' read as " + iso);
        }
        b.language(iso);
        b.title(text(json, "title", notes));
        b.confidenceScore(confidence(json.get("confidence_score"), notes));
        b.referenceNumber(text(json, "reference_number", notes));
        b.monetaryAmounts(list(json, "monetary_amounts", notes));
        if (json.get(EXTRACTION_KEY) instanceof JsonObject details) {
            b.extraction(extraction(details));
        }
        return b.build();
    }

    /** The name if it is safe by the reference's rule ({@code ^[\w\-. ]+$}, no {@code ..}), trimmed. */
    public static Optional<String> safeFilename(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String value = name.trim();
        if (value.isEmpty() || value.contains("..") || !SAFE_FILENAME.matcher(value).matches()) {
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
        if (ISO_639_1.matcher(head).matches() && Set.of(Locale.getISOLanguages()).contains(head)) {
            return head;
        }
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            if (locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(v) || locale.getDisplayLanguage(locale).equalsIgnoreCase(v)
                    || locale.getDisplayLanguage(Locale.GERMAN).equalsIgnoreCase(v)) {
                return code;
            }
        }
        return "";
    }

    private static Extraction extraction(JsonObject details) {
        LocalDate date = null;
        MonetaryAmount total = null;
        try {
            if (details.get("document_date") instanceof JsonString s) {
                date = LocalDate.parse(s.getString());
            }
            if (details.get("total_amount") instanceof JsonString s && details.get("currency") instanceof JsonString c) {
                total = new MonetaryAmount(new BigDecimal(s.getString()), c.getString());
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // a damaged extension is dropped; the thirteen fields stand on their own
        }
        String engine = details.get("engine") instanceof JsonString s ? s.getString() : null;
        String reason = details.get("fallback_reason") instanceof JsonString s ? s.getString() : null;
        return new Extraction(date, total, engine, reason);
    }

    private static String text(JsonObject json, String key, List<String> notes) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> limit(((JsonString) value).getString().strip());
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case TRUE, FALSE -> {
                notes.add(key + " is a boolean: dropped");
                yield "";
            }
            default -> {
                notes.add(key + " is not text: dropped");
                yield "";
            }
        };
    }

    private static List<String> list(JsonObject json, String key, List<String> notes) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    items.add(limit(s.getString().strip()));
                } else if (item instanceof JsonNumber n) {
                    items.add(n.bigDecimalValue().toPlainString());
                } else {
                    notes.add(key + " has a non-text item: dropped");
                }
            }
        } else if (value instanceof JsonString s) {
            notes.add(key + " is text, not a list: split at commas");
            for (String part : s.getString().split("[,;]")) {
                items.add(limit(part.strip()));
            }
        } else {
            notes.add(key + " is not a list: dropped");
        }
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static int confidence(JsonValue value, List<String> notes) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        BigDecimal number;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s) {
            try {
                number = new BigDecimal(s.getString().replace("%", "").strip());
            } catch (NumberFormatException e) {
                notes.add("confidence_score '" + shorten(s.getString()) + "' is not a number: 0");
                return 0;
            }
        } else {
            notes.add("confidence_score is not a number: 0");
            return 0;
        }
        if (number.compareTo(BigDecimal.ZERO) > 0 && number.compareTo(BigDecimal.ONE) <= 0 && number.scale() > 0) {
            notes.add("confidence_score " + number.toPlainString() + " read as a fraction");
            number = number.movePointRight(2);
        }
        int rounded = number.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        if (rounded < 0 || rounded > 100) {
            notes.add("confidence_score " + number.toPlainString() + " clamped to 0-100");
        }
        return Math.max(0, Math.min(100, rounded));
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

    private static String limit(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT).strip() : value;
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
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

        private Builder() {
        }

        public Builder filename(String value) { filename = value; return this; }
        public Builder empfaenger(String value) { empfaenger = value; return this; }
        public Builder absender(String value) { absender = value; return this; }
        public Builder correspondent(String value) { correspondent = value; return this; }
        public Builder kommunikationsart(Kommunikationsart value) { kommunikationsart = value; return this; }
        public Builder kommunikationskategorie(Kommunikationskategorie value) { kommunikationskategorie = value; return this; }
        public Builder documentType(String value) { documentType = value; return this; }
        public Builder tags(List<String> value) { tags = value; return this; }
        public Builder language(String value) { language = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder confidenceScore(int value) { confidenceScore = value; return this; }
        public Builder referenceNumber(String value) { referenceNumber = value; return this; }
        public Builder monetaryAmounts(List<String> value) { monetaryAmounts = value; return this; }
        public Builder extraction(Extraction value) { extraction = value; return this; }

        public DocumentMetadata build() {
            return new DocumentMetadata(filename, empfaenger, absender, correspondent, kommunikationsart, kommunikationskategorie,
                    documentType, tags, language, title, confidenceScore, referenceNumber, monetaryAmounts, extraction);
        }
    }
}
