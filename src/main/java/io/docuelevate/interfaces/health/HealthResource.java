package io.docuelevate.interfaces.health;

import io.docuelevate.application.readiness.ApplicationVersion;
import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: the operator's view, {@code {"status": "ok"|"degraded"|"error", "checks":
 * {...}, "version": ...}}, 503 when the server cannot serve (database or work directory down). The checks' details
 * and facts are for administrators (and everyone with authentication off); others get each check's status.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @Inject
    ApplicationVersion version;

    @Inject
    StartupState startup;

    @Inject
    CallerOwner caller;

    @GET
    public Response health() {
        HealthReport report = health.check();
        return Response.status(report.isError() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .entity(HealthAnswers.Operator.of(
                        report, version.version(), startup.installationId(), caller.mayReadOperatorDetails()))
                .build();
    }
}
