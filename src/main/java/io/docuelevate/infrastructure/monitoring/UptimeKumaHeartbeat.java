package io.docuelevate.infrastructure.monitoring;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.application.system.HealthService;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.infrastructure.config.OperationsSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Pushes the server's health to Uptime Kuma every {@code UPTIME_KUMA_PING_INTERVAL} minutes when
 * {@code UPTIME_KUMA_URL} is set (reference spec §8): {@code status=up} while {@code /api/health} says
 * ok or degraded, {@code down} on error, the health check's duration as {@code ping}, sent through the
 * MicroProfile Rest Client {@link UptimeKumaPushClient} (10 s timeouts, redirects followed). A failed push is
 * logged once per streak of failures and never affects the server.
 */
@ApplicationScoped
public class UptimeKumaHeartbeat {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** MicroProfile Rest Client: hand error statuses back as a response instead of throwing. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private static final Logger LOG = Logger.getLogger(UptimeKumaHeartbeat.class.getName());

    /** What the last push did; {@code lastSuccess} is null until one went through. */
    public record Status(
            boolean configured, Instant lastAttempt, Instant lastSuccess, String lastError, Duration interval) {}

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OperationsSettings settings;

    @Inject
    HealthService health;

    @Inject
    StartupState startup;

    private volatile ScheduledFuture<?> pushing;
    private volatile Instant lastAttempt;
    private volatile Instant lastSuccess;
    private volatile String lastError;
    private volatile boolean failing;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 320) Startup event) {
        Optional<String> url = settings.uptimeKumaUrl();
        if (!startup.isStarted() || url.isEmpty()) {
            return;
        }
        try {
            UptimeKumaUrl.build(url.get(), true, "OK", 0);
        } catch (IllegalArgumentException e) {
            LOG.warning("Uptime Kuma heartbeat is off: " + e.getMessage());
            lastError = e.getMessage();
            return;
        }
        long interval = settings.uptimeKumaInterval().toMillis();
        pushing = scheduler.scheduleWithFixedDelay(this::push, 0, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Uptime Kuma heartbeat to " + UptimeKumaUrl.redacted(url.get()) + " every "
                + settings.uptimeKumaInterval().toSeconds() + " s");
    }

    @PreDestroy
    void stop() {
        if (pushing != null) {
            pushing.cancel(false);
        }
    }

    public Status status() {
        return new Status(
                settings.uptimeKumaUrl().isPresent(),
                lastAttempt,
                lastSuccess,
                lastError,
                settings.uptimeKumaInterval());
    }

    void push() {
        Optional<String> url = settings.uptimeKumaUrl();
        if (url.isEmpty()) {
            return;
        }
        lastAttempt = Instant.now();
        try {
            long started = System.nanoTime();
            HealthReport report = health.check();
            long pingMillis = (System.nanoTime() - started) / 1_000_000;
            URI target = UptimeKumaUrl.build(url.get(), !report.isError(), message(report), pingMillis);
            int status = send(target);
            if (status / 100 != 2) {
                failed("Uptime Kuma answered HTTP " + status);
                return;
            }
            lastSuccess = Instant.now();
            lastError = null;
            if (failing) {
                LOG.info("Uptime Kuma heartbeat is delivered again");
                failing = false;
            }
        } catch (RuntimeException e) {
            Throwable reason = e instanceof ProcessingException && e.getCause() != null ? e.getCause() : e;
            failed(reason.getClass().getSimpleName() + (reason.getMessage() == null ? "" : ": " + reason.getMessage()));
        }
    }

    /** One GET of the push URL; the HTTP status it answered. */
    static int send(URI target) {
        try (UptimeKumaPushClient kuma = RestClientBuilder.newBuilder()
                        .baseUri(target)
                        .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .followRedirects(true)
                        .property(DISABLE_DEFAULT_MAPPER, true)
                        .build(UptimeKumaPushClient.class);
                Response response = kuma.push()) {
            return response.getStatus();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus();
        }
    }

    /** {@code OK}, or the overall status with the checks that are not ok: {@code degraded: redis error}. */
    static String message(HealthReport report) {
        if (HealthReport.OK.equals(report.status())) {
            return "OK";
        }
        String problems = report.checks().entrySet().stream()
                .filter(e -> !e.getValue().isOk())
                .map(UptimeKumaHeartbeat::describe)
                .collect(Collectors.joining(", "));
        return report.status() + (problems.isEmpty() ? "" : ": " + problems);
    }

    private static String describe(Map.Entry<String, ComponentHealth> check) {
        return check.getKey() + " " + check.getValue().status().value();
    }

    private void failed(String reason) {
        lastError = reason;
        if (!failing) {
            failing = true;
            LOG.warning("Uptime Kuma heartbeat to "
                    + settings.uptimeKumaUrl().map(UptimeKumaUrl::redacted).orElse("")
                    + " failed (logged once until it works again): " + reason);
        }
    }
}
