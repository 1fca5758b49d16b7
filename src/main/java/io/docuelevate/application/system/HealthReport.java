package io.docuelevate.application.system;

import io.docuelevate.domain.health.ComponentHealth;
import java.util.Map;

/** The combined view of every probe: overall status {@code ok}, {@code degraded} or {@code error}. */
public record HealthReport(String status, Map<String, ComponentHealth> checks) {

    public static final String OK = "ok";
    public static final String DEGRADED = "degraded";
    public static final String ERROR = "error";

    public boolean isError() {
        return ERROR.equals(status);
    }

    public ComponentHealth check(String name) {
        return checks.get(name);
    }
}
