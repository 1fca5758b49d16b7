package io.docuelevate.application.metadata;

import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.DocumentMetadata.Extraction;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.MetadataCorrections;
import io.docuelevate.domain.metadata.MonetaryAmount;
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
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one JSON codec of {@link DocumentMetadata}, in its three forms: the reference's thirteen fields
 * ({@link #toJson}, in the XMP packet and the answer to clients), the extended form stored in
 * {@code ai_metadata} ({@link #toExtendedJson}: the thirteen plus {@value #EXTRACTION_KEY}), and the
 * sidecar beside a processed PDF ({@link #toSidecarJson}: the thirteen plus the two paths). Reading is
 * tolerant of what AI answers and owners send ({@link #fromJson(JsonObject, List)}); the rules themselves
 * live in the domain ({@link MetadataCorrections}). It lives in {@code application} so that the
 * persistence converter, the PDF writer and the REST answers share it while the domain stays free of
 * JSON-P.
 */
public final class MetadataJson {

    /** The key of the engine's findings beyond the thirteen fields in the stored form. */
    public static final String EXTRACTION_KEY = "extraction";
    /** The sidecar's field naming the document's original (relative to the work directory). */
    public static final String ORIGINAL_FILE_PATH = "original_file_path";

    private static final int PLAIN_NUMBER_SCALE = 64;
    /** The stored form of an amount ({@code "118.00"}); an exponent ({@code "1e999999999"}) is never expanded. */
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d{1,30}(?:\\.\\d{1,10})?");

    private MetadataJson() {}

    /** Exactly the reference's thirteen fields, in its order. */
    public static JsonObject toJson(DocumentMetadata metadata) {
        return thirteenFields(metadata).build();
    }

    /**
     * The thirteen fields plus {@value #EXTRACTION_KEY}: {@code document_date} (ISO), {@code total_amount}
     * ({@code "118.00"}), {@code currency}, {@code engine}, {@code fallback_reason}, each only when known.
     */
    public static JsonObject toExtendedJson(DocumentMetadata metadata) {
        Extraction extraction = metadata.extraction();
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
        return thirteenFields(metadata).add(EXTRACTION_KEY, details).build();
    }

    /** The sidecar {@code .json}: the thirteen fields, {@code original_file_path} ({@code ""} if none) and {@code processed_file_path}. */
    public static JsonObject toSidecarJson(
            DocumentMetadata metadata, String originalFilePath, String processedFilePath) {
        return thirteenFields(metadata)
                .add(ORIGINAL_FILE_PATH, originalFilePath == null ? "" : originalFilePath)
                .add("processed_file_path", processedFilePath)
                .build();
    }

    /**
     * Reads any of the three forms (a sidecar, a stored {@code ai_metadata}, an XMP packet's JSON).
     *
     * @throws IllegalArgumentException the text is not a JSON object with at least one of the thirteen fields
     */
    public static DocumentMetadata fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readObject(), new ArrayList<>());
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a metadata JSON object: " + e.getMessage(), e);
        }
    }

    /**
     * Builds valid metadata from untrusted JSON (an AI answer, a user's correction), applying the
     * reference's rules ({@link MetadataCorrections}) and noting each correction in {@code corrections}:
     * wrongly typed values are dropped, a list given as text is split at commas, unknown keys are ignored.
     *
     * @throws IllegalArgumentException none of the thirteen fields is present: this is not metadata
     */
    public static DocumentMetadata fromJson(JsonObject json, List<String> corrections) {
        if (DocumentMetadata.FIELDS.stream().noneMatch(json::containsKey)) {
            throw new IllegalArgumentException("none of the 13 metadata fields is present");
        }
        MetadataCorrections rules = new MetadataCorrections(corrections);
        FieldReader read = new FieldReader(json, rules);
        DocumentMetadata.Builder b = DocumentMetadata.builder();
        b.filename(rules.filename(read.text("filename")));
        b.empfaenger(read.text("empfaenger"));
        b.absender(read.text("absender"));
        b.correspondent(read.text("correspondent"));
        Kommunikationsart art = rules.kommunikationsart(read.text("kommunikationsart"));
        b.kommunikationsart(art);
        b.kommunikationskategorie(rules.kommunikationskategorie(read.text("kommunikationskategorie"), art));
        b.documentType(read.text("document_type"));
        b.tags(rules.tags(read.list("tags")));
        b.language(rules.language(read.text("language")));
        b.title(read.text("title"));
        b.confidenceScore(read.confidence("confidence_score"));
        b.referenceNumber(read.text("reference_number"));
        b.monetaryAmounts(read.list("monetary_amounts"));
        if (json.get(EXTRACTION_KEY) instanceof JsonObject details) {
            b.extraction(extraction(details));
        }
        return b.build();
    }

    private static JsonObjectBuilder thirteenFields(DocumentMetadata metadata) {
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        metadata.tags().forEach(tagArray::add);
        JsonArrayBuilder amountArray = Json.createArrayBuilder();
        metadata.monetaryAmounts().forEach(amountArray::add);
        return Json.createObjectBuilder()
                .add("filename", metadata.filename())
                .add("empfaenger", metadata.empfaenger())
                .add("absender", metadata.absender())
                .add("correspondent", metadata.correspondent())
                .add("kommunikationsart", metadata.kommunikationsart().name())
                .add(
                        "kommunikationskategorie",
                        metadata.kommunikationskategorie().name())
                .add("document_type", metadata.documentType())
                .add("tags", tagArray)
                .add("language", metadata.language())
                .add("title", metadata.title())
                .add("confidence_score", metadata.confidenceScore())
                .add("reference_number", metadata.referenceNumber())
                .add("monetary_amounts", amountArray);
    }

    private static Extraction extraction(JsonObject details) {
        LocalDate date = null;
        MonetaryAmount total = null;
        try {
            if (details.get("document_date") instanceof JsonString s) {
                date = LocalDate.parse(s.getString());
            }
            if (details.get("total_amount") instanceof JsonString s
                    && PLAIN_AMOUNT.matcher(s.getString()).matches()
                    && details.get("currency") instanceof JsonString c) {
                total = new MonetaryAmount(new BigDecimal(s.getString()), c.getString());
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // a damaged extension is dropped; the thirteen fields stand on their own
        }
        String engine = details.get("engine") instanceof JsonString s ? s.getString() : null;
        String reason = details.get("fallback_reason") instanceof JsonString s ? s.getString() : null;
        return new Extraction(date, total, engine, reason);
    }

    /**
     * A number given for a text field: its plain digits, or scientific notation when the plain form would run to
     * more digits than a field keeps ({@code 1e999999999} is not expanded to a billion zeros).
     */
    private static String numberText(JsonNumber number) {
        BigDecimal value = number.bigDecimalValue();
        return Math.abs((long) value.scale()) > PLAIN_NUMBER_SCALE ? value.toString() : value.toPlainString();
    }

    /** Reads one object's values by their JSON type, noting what had the wrong type. */
    private record FieldReader(JsonObject json, MetadataCorrections corrections) {

        String text(String key) {
            JsonValue value = json.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return "";
            }
            return switch (value.getValueType()) {
                case STRING -> MetadataCorrections.text(((JsonString) value).getString());
                case NUMBER -> numberText((JsonNumber) value);
                case TRUE, FALSE -> {
                    corrections.note(key + " is a boolean: dropped");
                    yield "";
                }
                default -> {
                    corrections.note(key + " is not text: dropped");
                    yield "";
                }
            };
        }

        List<String> list(String key) {
            JsonValue value = json.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            if (value instanceof JsonArray array) {
                for (JsonValue item : array) {
                    if (item instanceof JsonString s) {
                        items.add(MetadataCorrections.text(s.getString()));
                    } else if (item instanceof JsonNumber n) {
                        items.add(numberText(n));
                    } else {
                        corrections.note(key + " has a non-text item: dropped");
                    }
                }
            } else if (value instanceof JsonString s) {
                corrections.note(key + " is text, not a list: split at commas");
                for (String part : s.getString().split("[,;]")) {
                    items.add(MetadataCorrections.text(part));
                }
            } else {
                corrections.note(key + " is not a list: dropped");
            }
            return items.stream().filter(s -> !s.isEmpty()).toList();
        }

        int confidence(String key) {
            JsonValue value = json.get(key);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return 0;
            }
            if (value instanceof JsonNumber n) {
                return corrections.confidence(n.bigDecimalValue());
            }
            if (value instanceof JsonString s) {
                return corrections.confidence(s.getString());
            }
            corrections.note(key + " is not a number: 0");
            return 0;
        }
    }
}
