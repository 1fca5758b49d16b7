package io.docuelevate.interfaces.health;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.domain.health.ComponentHealth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON answers of the health endpoints, in the reference's field names. */
public final class HealthAnswers {

    private HealthAnswers() {}

    /**
     * {@code GET /api/health}: the overall status and every check with its status, detail (when not ok) and
     * facts; the facts differ per check, so a check is a map. Details and facts (paths, free bytes, hosts, error
     * texts) only for administrators: anyone else, a monitor among them, sees each check's status.
     */
    public record Operator(
            String status, Map<String, Map<String, Object>> checks, String version, String installationId) {

        static Operator of(HealthReport report, String version, String installationId, boolean withDetails) {
            Map<String, Map<String, Object>> checks = new LinkedHashMap<>();
            report.checks()
                    .forEach((name, check) -> checks.put(
                            name,
                            withDetails
                                    ? check.toJson()
                                    : Map.of("status", check.status().value())));
            return new Operator(report.status(), checks, version, installationId);
        }
    }

    /** {@code GET /api/diagnostic/health}: {@code healthy}, {@code degraded} or {@code unhealthy}. */
    public record Diagnostic(
            String status, String version, String timestamp, Map<String, Map<String, String>> checks) {}

    /** {@code GET /api/diagnostic/healthz/ready}. */
    public record Readiness(String status, Map<String, Map<String, String>> checks) {}

    /** {@code GET /api/diagnostic/healthz/live}. */
    public record Liveness(String status) {}

    /** Only {@code status} and, on errors, {@code detail} per check, as the reference answers. */
    static Map<String, Map<String, String>> referenceChecks(HealthReport report) {
        Map<String, Map<String, String>> checks = new LinkedHashMap<>();
        for (Map.Entry<String, ComponentHealth> check : report.checks().entrySet()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("status", check.getValue().status().value());
            if (check.getValue().detail() != null) {
                entry.put("detail", check.getValue().detail());
            }
            checks.put(check.getKey(), entry);
        }
        return checks;
    }
}
