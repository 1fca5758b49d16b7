package io.docuelevate.infrastructure.metrics;

import io.docuelevate.application.backup.BackupService;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.queue.WorkQueue;
import io.docuelevate.infrastructure.cluster.NodeHeartbeat;
import io.docuelevate.infrastructure.config.ProcessingSettings;
import io.docuelevate.infrastructure.queue.WorkQueuePoller;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Gauges computed when {@code /metrics} is read: queue depth per queue ({@code work_items} waiting,
 * cached 5 s so frequent scrapes do not load the database), documents this replica is working on, live
 * worker replicas from the heartbeats, and the age of the newest verified backup.
 */
@ApplicationScoped
public class OperationalGauges {

    static final String QUEUE_DEPTH = "docuelevate_queue_depth";
    static final String ACTIVE_WORKERS = "docuelevate_active_workers";
    static final String LIVE_WORKER_REPLICAS = "docuelevate_live_worker_replicas";
    static final String LIVE_REPLICAS = "docuelevate_live_replicas";
    static final String BACKUP_AGE = "docuelevate_backup_last_verified_age";
    static final Duration CACHE = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(OperationalGauges.class.getName());

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Inject
    WorkQueuePoller poller;

    @Inject
    NodeHeartbeat heartbeat;

    @Inject
    BackupService backups;

    @Inject
    ProcessingSettings processing;

    @Inject
    StartupState startup;

    private final Set<String> registeredQueues = ConcurrentHashMap.newKeySet();
    private final Cached<Map<String, Long>> queueDepths = new Cached<>(this::readQueueDepths);
    private final Cached<long[]> replicas = new Cached<>(this::readReplicas);

    void register(@Observes @Priority(Interceptor.Priority.APPLICATION + 310) Startup event) {
        if (!startup.isStarted()) {
            return;
        }
        registerQueue(WorkQueue.DOCUMENT_QUEUE);
        processing.workerQueues().forEach(this::registerQueue);
        queueDepths.get().keySet().forEach(this::registerQueue);
        registry.gauge(
                Metadata.builder()
                        .withName(ACTIVE_WORKERS)
                        .withDescription("Documents this replica is processing now")
                        .build(),
                poller,
                p -> (long) p.activeItems());
        registry.gauge(
                Metadata.builder()
                        .withName(LIVE_WORKER_REPLICAS)
                        .withDescription("Replicas consuming the work queues with a heartbeat in the last 90 s")
                        .build(),
                this,
                g -> g.replicas.get()[0]);
        registry.gauge(
                Metadata.builder()
                        .withName(LIVE_REPLICAS)
                        .withDescription("Replicas of any role with a heartbeat in the last 90 s")
                        .build(),
                this,
                g -> g.replicas.get()[1]);
        registry.gauge(
                Metadata.builder()
                        .withName(BACKUP_AGE)
                        .withUnit(MetricUnits.SECONDS)
                        .withDescription("Age of the newest verified backup; -1 when there is none")
                        .build(),
                this,
                g -> g.backupAgeSeconds());
    }

    private void registerQueue(String queue) {
        if (registeredQueues.add(queue)) {
            registry.gauge(
                    Metadata.builder()
                            .withName(QUEUE_DEPTH)
                            .withDescription("Work items waiting in a queue (state QUEUED)")
                            .build(),
                    this,
                    g -> g.depth(queue),
                    new Tag("queue", queue));
        }
    }

    private long depth(String queue) {
        return queueDepths.get().getOrDefault(queue, 0L);
    }

    private long backupAgeSeconds() {
        try {
            return backups.newestVerifiedAge().map(Duration::toSeconds).orElse(-1L);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private Map<String, Long> readQueueDepths() {
        Map<String, Long> depths = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT queue_name, COUNT(*) FROM work_items WHERE state = 'QUEUED' GROUP BY queue_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                depths.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "queue depth unavailable", e);
        }
        return depths;
    }

    private long[] readReplicas() {
        try {
            var live = heartbeat.liveNodes();
            return new long[] {live.stream().filter(n -> n.runsWorkers()).count(), live.size()};
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "replica count unavailable", e);
            return new long[] {0, 0};
        }
    }

    /** A value recomputed at most every {@link #CACHE}. */
    private static final class Cached<T> {
        private final Supplier<T> source;
        private volatile T value;
        private volatile long readAt;

        Cached(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > CACHE.toNanos()) {
                value = source.get();
                readAt = now;
            }
            return value;
        }
    }
}
