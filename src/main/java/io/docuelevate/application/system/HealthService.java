package io.docuelevate.application.system;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every {@link HealthProbe} and derives the overall status used by all health endpoints. */
@ApplicationScoped
public class HealthService {

    @Inject
    Instance<HealthProbe> probes;

    public HealthReport check() {
        return check(probes.stream().toList());
    }

    /** Runs the probes in name order: a failed critical probe is an error, any other failure degrades. */
    static HealthReport check(List<HealthProbe> probes) {
        Map<String, ComponentHealth> checks = new LinkedHashMap<>();
        boolean error = false;
        boolean degraded = false;
        for (HealthProbe probe :
                probes.stream().sorted(Comparator.comparing(HealthProbe::name)).toList()) {
            ComponentHealth health = probe.probe();
            checks.put(probe.name(), health);
            if (!health.isOk()) {
                if (probe.critical() && health.status() == ComponentHealth.Status.ERROR) {
                    error = true;
                } else {
                    degraded = true;
                }
            }
        }
        String status = error ? HealthReport.ERROR : degraded ? HealthReport.DEGRADED : HealthReport.OK;
        return new HealthReport(status, checks);
    }
}
