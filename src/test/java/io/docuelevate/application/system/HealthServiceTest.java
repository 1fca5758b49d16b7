package io.docuelevate.application.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private static HealthProbe probe(String name, boolean critical, ComponentHealth result) {
        return new HealthProbe() {
            public String name() {
                return name;
            }

            public boolean critical() {
                return critical;
            }

            public ComponentHealth probe() {
                return result;
            }
        };
    }

    @Test
    void allOkOrNotConfiguredIsOk() {
        HealthReport report = HealthService.check(List.of(
                probe("database", true, ComponentHealth.ok(Map.of())),
                probe("redis", false, ComponentHealth.notConfigured())));
        assertEquals(HealthReport.OK, report.status());
        assertEquals(List.of("database", "redis"), List.copyOf(report.checks().keySet()));
    }

    @Test
    void optionalServiceDownDegrades() {
        HealthReport report = HealthService.check(List.of(
                probe("database", true, ComponentHealth.ok(Map.of())),
                probe("redis", false, ComponentHealth.error("Connection refused"))));
        assertEquals(HealthReport.DEGRADED, report.status());
        assertEquals("Connection refused", report.check("redis").detail());
    }

    @Test
    void criticalServiceDownIsAnErrorEvenWhenOthersDegrade() {
        HealthReport report = HealthService.check(List.of(
                probe("workdir", true, ComponentHealth.degraded("low disk", Map.of())),
                probe("redis", false, ComponentHealth.error("refused")),
                probe("database", true, ComponentHealth.error("gone"))));
        assertEquals(HealthReport.ERROR, report.status());
        assertTrue(report.isError());
    }

    @Test
    void criticalServiceThatIsOnlyDegradedDegrades() {
        HealthReport report = HealthService.check(
                List.of(probe("workdir", true, ComponentHealth.degraded("low disk", Map.of("free_bytes", 5L)))));
        assertEquals(HealthReport.DEGRADED, report.status());
        assertEquals(
                Map.of("status", "degraded", "detail", "low disk", "free_bytes", 5L),
                report.check("workdir").toJson());
    }
}
