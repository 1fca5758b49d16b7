package io.docuelevate.domain.health;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What one probe saw: a status, a reason when it is not ok, and facts worth showing (never secrets). */
public record ComponentHealth(Status status, String detail, Map<String, Object> facts) {

    /** Outcome of one check. {@code NOT_CONFIGURED} means an optional service is not in use. */
    public enum Status {
        OK,
        DEGRADED,
        ERROR,
        NOT_CONFIGURED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ComponentHealth {
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }

    public static ComponentHealth ok(Map<String, Object> facts) {
        return new ComponentHealth(Status.OK, null, facts);
    }

    public static ComponentHealth error(String detail) {
        return new ComponentHealth(Status.ERROR, detail, Map.of());
    }

    public static ComponentHealth degraded(String detail, Map<String, Object> facts) {
        return new ComponentHealth(Status.DEGRADED, detail, facts);
    }

    public static ComponentHealth notConfigured() {
        return new ComponentHealth(Status.NOT_CONFIGURED, null, Map.of());
    }

    public boolean isOk() {
        return status == Status.OK || status == Status.NOT_CONFIGURED;
    }

    /** The JSON shape: {@code {"status": ..., "detail": ... (only when not ok), ...facts}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.value());
        if (detail != null) {
            json.put("detail", detail);
        }
        json.putAll(facts);
        return json;
    }
}
