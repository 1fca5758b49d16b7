package io.docuelevate.interfaces.web.status;

import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.QueueStatistics;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.application.system.SystemStatus;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.queue.WorkItemState;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code #{statusPage}}: the status page's figures, read once per request from {@link SystemStatus} and
 * formatted for the viewer's language. Health and replicas are global; queue figures, throughput and failures
 * cover the viewer's documents (an administrator's: everyone's). Component details (paths, hosts) are shown to
 * administrators only.
 */
@Named("statusPage")
@RequestScoped
public class StatusPage {

    @Inject
    SystemStatus systemStatus;

    @Inject
    Viewer viewer;

    @Inject
    LanguageSelection language;

    private SystemStatus.Overview overview;
    private Locale locale;

    /** One component's line: its name (a bundle key suffix), status and, for administrators, its facts. */
    public record Component(String name, String status, String badge, String detail, String facts) {}

    /** One work queue's depth. */
    public record Queue(String name, String queued, String running, String failed) {}

    /** One hour of the throughput chart, as the table beside it shows it. */
    public record Hour(String label, String processed) {}

    /** A failed document. */
    public record Failure(long id, String filename, String step, String created) {}

    @PostConstruct
    void load() {
        locale = language.getLocale();
        overview = systemStatus.overview(viewer.documentFilter());
    }

    /** Whether the document figures are everyone's (an administrator, or authentication off). */
    public boolean isGlobalFigures() {
        return viewer.documentFilter().isEmpty();
    }

    public String getOverallStatus() {
        return overview.health().status();
    }

    public String getOverallBadge() {
        return switch (overview.health().status()) {
            case "ok" -> "up";
            case "degraded" -> "warn";
            default -> "down";
        };
    }

    public String getMeasuredAt() {
        return dateTime(overview.measuredAt());
    }

    public List<Component> getComponents() {
        List<Component> components = new ArrayList<>();
        overview.health().checks().forEach((name, health) -> components.add(component(name, health)));
        components.add(workers());
        components.add(replicas());
        return components;
    }

    public List<Queue> getQueues() {
        return overview.queue().itemsByQueue().entrySet().stream()
                .map(entry -> new Queue(
                        entry.getKey(),
                        count(entry.getValue().getOrDefault(WorkItemState.QUEUED, 0L)),
                        count(entry.getValue().getOrDefault(WorkItemState.RUNNING, 0L)),
                        count(entry.getValue().getOrDefault(WorkItemState.FAILED, 0L))))
                .toList();
    }

    public String getPending() {
        return documents(DocumentStatus.PENDING);
    }

    public String getProcessing() {
        return documents(DocumentStatus.PROCESSING);
    }

    public String getFailed() {
        return documents(DocumentStatus.FAILED);
    }

    public String getCompleted() {
        return documents(DocumentStatus.COMPLETED);
    }

    public String getOldestQueued() {
        QueueStatistics queue = overview.queue();
        return queue.oldestQueuedAt() == null ? "" : dateTime(queue.oldestQueuedAt());
    }

    public String getProcessedInWindow() {
        return count(overview.processedInWindow());
    }

    /** The chart's data for the page script: {@code {"hours":[unix seconds...],"processed":[counts...]}}. */
    public String getChartData() {
        String hours = overview.processedPerHour().stream()
                .map(hour -> Long.toString(hour.hourStart().getEpochSecond()))
                .collect(Collectors.joining(","));
        String processed = overview.processedPerHour().stream()
                .map(hour -> Long.toString(hour.processed()))
                .collect(Collectors.joining(","));
        return "{\"hours\":[" + hours + "],\"processed\":[" + processed + "]}";
    }

    public List<Hour> getHours() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault());
        return overview.processedPerHour().stream()
                .map(hour -> new Hour(format.format(hour.hourStart()), count(hour.processed())))
                .toList();
    }

    public List<Failure> getFailures() {
        return overview.recentFailures().stream().map(this::failure).toList();
    }

    public String getFailedTotal() {
        return count(overview.failedTotal());
    }

    public boolean isMoreFailures() {
        return overview.failedTotal() > overview.recentFailures().size();
    }

    private Failure failure(DocumentSummary document) {
        String step = document.processing() == null
                ? ""
                : String.valueOf(document.processing().lastStep());
        return new Failure(document.id(), document.originalFilename(), step, dateTime(document.createdAt()));
    }

    private Component component(String name, ComponentHealth health) {
        return new Component(
                name, health.status().value(), badge(health.status()), health.detail(), facts(health.facts()));
    }

    private Component workers() {
        ReadinessSnapshot.Replicas replicas = overview.replicas();
        ComponentHealth.Status status = replicas.error() != null
                ? ComponentHealth.Status.ERROR
                : replicas.liveWorkers() > 0 ? ComponentHealth.Status.OK : ComponentHealth.Status.DEGRADED;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("live", replicas.liveWorkers());
        facts.put("busy", overview.queue().leaseHolders().size());
        facts.put("hosts", String.join(", ", replicas.workerHosts()));
        return new Component("workers", status.value(), badge(status), replicas.error(), facts(facts));
    }

    private Component replicas() {
        ReadinessSnapshot.Replicas replicas = overview.replicas();
        ComponentHealth.Status status = replicas.error() != null || replicas.liveTotal() == 0
                ? ComponentHealth.Status.ERROR
                : ComponentHealth.Status.OK;
        return new Component(
                "replicas",
                status.value(),
                badge(status),
                replicas.error(),
                facts(Map.of("live", replicas.liveTotal())));
    }

    private String facts(Map<String, Object> facts) {
        if (!viewer.isAdmin()) {
            return "";
        }
        return facts.entrySet().stream()
                .map(fact -> fact.getKey() + ": " + fact.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static String badge(ComponentHealth.Status status) {
        return switch (status) {
            case OK -> "up";
            case NOT_CONFIGURED -> "skipped";
            case DEGRADED -> "warn";
            case ERROR -> "down";
        };
    }

    private String documents(DocumentStatus status) {
        return count(overview.queue().documentsByStatus().getOrDefault(status, 0L));
    }

    private String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String dateTime(TemporalAccessor time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(time);
    }
}
