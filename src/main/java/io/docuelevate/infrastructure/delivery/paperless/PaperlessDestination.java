package io.docuelevate.infrastructure.delivery.paperless;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A Paperless-ngx instance documents are posted to: its base URL (a path prefix is kept), the API token and which
 * custom field receives which extracted metadata field ({@code absender} → "Absender", …), in the order they are
 * written.
 */
public record PaperlessDestination(HttpUrl baseUrl, String token, Map<String, String> customFields) {

    public PaperlessDestination {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        customFields = Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    /**
     * The destination of the reference's settings.
     *
     * @param host the base URL; without a scheme {@code https://} is assumed
     * @param mappingJson {@code PAPERLESS_CUSTOM_FIELDS_MAPPING}: a JSON object, metadata field → custom field name
     * @param absenderField {@code PAPERLESS_CUSTOM_FIELD_ABSENDER}: the custom field of the metadata field
     *     {@code absender}, winning over the mapping
     * @param names how the settings are called in error messages: {@code host}, {@code mapping}
     * @throws IllegalArgumentException the host is not an http(s) URL or the mapping not a JSON object of strings
     */
    public static PaperlessDestination of(
            String host,
            String token,
            Optional<String> mappingJson,
            Optional<String> absenderField,
            Map<String, String> names) {
        String url = host.trim().contains("://") ? host.trim() : "https://" + host.trim();
        HttpUrl base = HttpUrl.parse(url);
        if (base == null) {
            throw new IllegalArgumentException(names.get("host") + " must be an http(s) URL, got '" + host + "'");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        mappingJson.ifPresent(json -> fields.putAll(mapping(json, names.get("mapping"))));
        absenderField.ifPresent(field -> fields.put("absender", field));
        return new PaperlessDestination(base, token, fields);
    }

    private static Map<String, String> mapping(String json, String name) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(
                    name + " must be a JSON object of metadata field → custom field name: " + e.getMessage());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString field)
                    || field.getString().isBlank()) {
                throw new IllegalArgumentException(
                        name + ": the custom field for '" + entry.getKey() + "' must be a non-empty string");
            }
            fields.put(entry.getKey(), field.getString().trim());
        }
        return fields;
    }

    /** "Paperless-ngx https://paperless.example.com", the start of every failure message. */
    String label() {
        return "Paperless-ngx " + baseUrl.toString().replaceFirst("/$", "");
    }

    @Override
    public String toString() {
        return label() + " (custom fields " + customFields + ")";
    }
}
