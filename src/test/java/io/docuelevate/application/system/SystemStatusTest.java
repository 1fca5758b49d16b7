package io.docuelevate.application.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemStatusTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:25:00Z");
    private static final Instant FIRST_HOUR = Instant.parse("2026-03-09T15:00:00Z");

    @Test
    void completionsAreCountedInTheHourTheyFinishedAndTheWindowEndsWithTheCurrentHour() {
        List<SystemStatus.HourCount> hours = SystemStatus.perHour(
                List.of(
                        at("2026-03-09T14:59:59Z"),
                        at("2026-03-09T15:00:00Z"),
                        at("2026-03-09T15:59:59Z"),
                        at("2026-03-10T14:24:00Z"),
                        at("2026-03-10T15:00:00Z")),
                FIRST_HOUR);

        assertEquals(SystemStatus.HOURS, hours.size());
        assertEquals(FIRST_HOUR, hours.get(0).hourStart());
        assertEquals(Instant.parse("2026-03-10T14:00:00Z"), hours.get(23).hourStart());
        assertEquals(2, hours.get(0).processed(), "both ends of the first hour");
        assertEquals(1, hours.get(23).processed(), "the current hour");
        assertEquals(
                3, hours.stream().mapToLong(SystemStatus.HourCount::processed).sum(), "outside is left out");
    }

    @Test
    void theOverviewAsksForTheViewersDocumentsOnlyAndKeepsHealthGlobal() {
        List<Object> asked = new ArrayList<>();
        SystemStatus status = new SystemStatus();
        status.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        status.health = new HealthService() {
            @Override
            public HealthReport check() {
                return HealthService.check(List.of(probe("database"), probe("search")));
            }
        };
        status.cluster = () -> new ReadinessSnapshot.Replicas(1, 2, List.of("worker-a"), null);
        status.history = (since, owner) -> {
            asked.add(since);
            asked.add(owner);
            return List.of(at("2026-03-10T13:10:00Z"), at("2026-03-10T13:50:00Z"));
        };
        status.documents = (DocumentQueries) Proxy.newProxyInstance(
                DocumentQueries.class.getClassLoader(),
                new Class<?>[] {DocumentQueries.class},
                (proxy, method, args) -> {
                    asked.add(args[args.length - 1]);
                    if (method.getName().equals("list")) {
                        DocumentQueries.ListCriteria criteria = (DocumentQueries.ListCriteria) args[0];
                        asked.add(criteria.status());
                        return new DocumentQueries.Page<>(List.of(), 1, criteria.perPage(), 7);
                    }
                    return null;
                });

        SystemStatus.Overview overview = status.overview(Optional.of("alice"));

        assertEquals(
                List.of(
                        OffsetDateTime.parse("2026-03-09T15:00:00Z"),
                        Optional.of("alice"),
                        Optional.of("alice"),
                        DocumentStatus.FAILED,
                        Optional.of("alice")),
                asked);
        assertEquals(
                List.of("database", "search"),
                List.copyOf(overview.health().checks().keySet()));
        assertEquals(2, overview.processedPerHour().get(22).processed());
        assertEquals(2, overview.processedInWindow());
        assertEquals(7, overview.failedTotal());
        assertEquals(2, overview.replicas().liveTotal());
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }

    private static HealthProbe probe(String name) {
        return new HealthProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean critical() {
                return true;
            }

            @Override
            public ComponentHealth probe() {
                return ComponentHealth.ok(Map.of());
            }
        };
    }
}
