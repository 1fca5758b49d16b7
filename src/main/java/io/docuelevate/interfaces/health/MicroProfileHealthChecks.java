package io.docuelevate.interfaces.health;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import io.docuelevate.application.system.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/** MicroProfile Health for Kubernetes probes: {@code /health/live}, {@code /health/ready}, {@code /health/started}. */
@ApplicationScoped
public class MicroProfileHealthChecks {

    @Inject
    HealthService health;

    @Inject
    StartupState startup;

    /** Never calls out: a database outage must not make Kubernetes restart healthy pods. */
    @Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.up("docuelevate-live");
    }

    @Produces
    @Startup
    HealthCheck started() {
        return () -> HealthCheckResponse.named("docuelevate-started")
                .status(startup.isStarted())
                .build();
    }

    /** Down when the database or the work directory is; each check's status is in the data. */
    @Produces
    @Readiness
    HealthCheck ready() {
        return () -> {
            HealthReport report = health.check();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("docuelevate-ready")
                    .status(!report.isError())
                    .withData("status", report.status());
            report.checks()
                    .forEach((name, check) ->
                            response.withData(name, check.status().value()));
            return response.build();
        };
    }
}
