package io.docuelevate.interfaces.health;

import io.docuelevate.application.readiness.ApplicationVersion;
import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The reference system's diagnostic health endpoints, in its exact shapes (spec §3.2). */
@Path("diagnostic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticHealthResource {

    @Inject
    HealthService health;

    @Inject
    ApplicationVersion version;

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
        HealthAnswers.Diagnostic body = new HealthAnswers.Diagnostic(
                status,
                version.version(),
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                HealthAnswers.referenceChecks(report));
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(body)
                .build();
    }

    /** Liveness: the process answers; never calls out. */
    @GET
    @Path("healthz/live")
    public HealthAnswers.Liveness live() {
        return new HealthAnswers.Liveness("ok");
    }

    /** Readiness: 503 only when the server cannot serve; an optional service down stays 200. */
    @GET
    @Path("healthz/ready")
    public Response ready() {
        HealthReport report = health.check();
        HealthAnswers.Readiness body = new HealthAnswers.Readiness(
                report.isError() ? "not_ready" : "ready", HealthAnswers.referenceChecks(report));
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(body)
                .build();
    }
}
