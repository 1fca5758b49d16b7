package io.docuelevate.interfaces.health;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/health}: the operator's view, {@code {"status": "ok"|"degraded"|"error", "checks":
 * {...}, "version": ...}}, 503 when the server cannot serve (database or work directory down).
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @Inject
    CoreSettings settings;

    @Inject
    StartupState startup;

    @GET
    public Response health() {
        HealthReport report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status());
        body.put("checks", checksJson(report));
        body.put("version", settings.version());
        body.put("installation_id", startup.installationId());
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(body).build();
    }

    static Map<String, Object> checksJson(HealthReport report) {
        Map<String, Object> checks = new LinkedHashMap<>();
        for (Map.Entry<String, ComponentHealth> check : report.checks().entrySet()) {
            checks.put(check.getKey(), check.getValue().toJson());
        }
        return checks;
    }
}
