package io.docuelevate.interfaces.rest.request;

import io.docuelevate.interfaces.rest.UnprocessableRequestException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Checks that each field of a JSON object has the JSON type of its record component before JSON-B binds it,
 * because JSON-B converts silently ({@code 3} into {@code "3"}, {@code 1.5} into {@code 1}, {@code "1"} into
 * {@code 1}). A mismatch is answered 422 naming the field. Absent and {@code null} fields are left to the
 * record's constraints.
 */
final class JsonShape {

    private JsonShape() {}

    static void check(Class<?> recordType, JsonObject json) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = jsonName(component);
            JsonValue value = json.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                checkValue(name, component.getGenericType(), value);
            }
        }
    }

    /** The component's JSON name: its {@code @JsonbProperty} value, else its own (single-word) name. */
    static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static void checkValue(String name, Type type, JsonValue value) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            require(value.getValueType() == JsonValue.ValueType.STRING, name, "must be a string");
        } else if (raw == Boolean.class || raw == boolean.class) {
            require(
                    value.getValueType() == JsonValue.ValueType.TRUE
                            || value.getValueType() == JsonValue.ValueType.FALSE,
                    name,
                    "must be true or false");
        } else if (raw == Integer.class || raw == int.class) {
            require(
                    value instanceof JsonNumber number && number.isIntegral() && fitsInt(number),
                    name,
                    "must be an integer");
        } else if (raw == Long.class || raw == long.class) {
            require(
                    value instanceof JsonNumber number && number.isIntegral() && fitsLong(number),
                    name,
                    "must be an integer");
        } else if (raw == List.class) {
            require(value instanceof JsonArray, name, "must be a JSON array");
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int index = 0;
            for (JsonValue item : value.asJsonArray()) {
                if (item.getValueType() != JsonValue.ValueType.NULL) {
                    checkValue(name + "[" + index + "]", element, item);
                }
                index++;
            }
        } else if (raw == JsonObject.class) {
            require(value.getValueType() == JsonValue.ValueType.OBJECT, name, "must be a JSON object");
        }
    }

    private static boolean fitsInt(JsonNumber number) {
        return fitsLong(number) && number.longValue() == (int) number.longValue();
    }

    private static boolean fitsLong(JsonNumber number) {
        try {
            number.longValueExact();
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    private static void require(boolean condition, String name, String rule) {
        if (!condition) {
            throw new UnprocessableRequestException(name + " " + rule);
        }
    }
}
