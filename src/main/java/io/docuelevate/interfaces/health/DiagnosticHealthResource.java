package io.docuelevate.interfaces.health;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reference system's diagnostic health endpoints, in its exact shapes (spec §3.2). */
@Path("diagnostic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticHealthResource {

    @Inject
    HealthService health;

    @Inject
    CoreSettings settings;

    /** {@code healthy} (200), {@code degraded} (200, an optional service failed) or {@code unhealthy} (503). */
    @GET
    @Path("health")
    public Response health() {
        HealthReport report = health.check();
        String status = switch (report.status()) {
            case HealthReport.OK -> "healthy";
            case HealthReport.DEGRADED -> "degraded";
            default -> "unhealthy";
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("version", settings.version());
        body.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        body.put("checks", referenceChecks(report));
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(body).build();
    }

    /** Liveness: the process answers; never calls out. */
    @GET
    @Path("healthz/live")
    public Map<String, String> live() {
        return Map.of("status", "ok");
    }

    /** Readiness: 503 only when the server cannot serve; an optional service down stays 200. */
    @GET
    @Path("healthz/ready")
    public Response ready() {
        HealthReport report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.isError() ? "not_ready" : "ready");
        body.put("checks", referenceChecks(report));
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(body).build();
    }

    /** Only {@code status} and, on errors, {@code detail}, as the reference answers. */
    private static Map<String, Object> referenceChecks(HealthReport report) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (Map.Entry<String, ComponentHealth> check : report.checks().entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", check.getValue().status().value());
            if (check.getValue().detail() != null) {
                entry.put("detail", check.getValue().detail());
            }
            checks.put(check.getKey(), entry);
        }
        return checks;
    }
}
