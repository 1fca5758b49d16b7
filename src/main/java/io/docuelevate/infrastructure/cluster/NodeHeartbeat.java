package io.docuelevate.infrastructure.cluster;

import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.cluster.ClusterNode;
import io.docuelevate.infrastructure.config.CoreSettings;
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
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This replica's heartbeat in {@code cluster_nodes}, every {@code CLUSTER_HEARTBEAT_SECONDS} (30 s), so
 * the readiness report and the metrics can count live api and worker replicas from the database. A
 * graceful stop removes the row at once; a crashed replica drops out after {@link ClusterNode#LIVE_WINDOW}.
 */
@ApplicationScoped
public class NodeHeartbeat {

    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());
    /** Rows of replicas gone longer than this are deleted. */
    static final Duration FORGET_AFTER = Duration.ofDays(7);

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    JdbcClusterNodes nodes;

    @Inject
    CoreSettings core;

    @Inject
    OperationsSettings settings;

    @Inject
    StartupState startup;

    private final String hostname = hostname();
    private final String nodeId = hostname + ":" + UUID.randomUUID().toString().substring(0, 8);
    private final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    private volatile ScheduledFuture<?> beating;
    private volatile boolean failing;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 300) Startup event) {
        if (!startup.isStarted()) {
            return;
        }
        long interval = settings.heartbeatInterval().toMillis();
        beat();
        beating = scheduler.scheduleWithFixedDelay(this::beat, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (beating == null) {
            return;
        }
        beating.cancel(false);
        try {
            nodes.remove(nodeId, OffsetDateTime.now(ZoneOffset.UTC).minus(FORGET_AFTER));
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "could not remove heartbeat row of " + nodeId + ": " + e.getMessage());
        }
    }

    /** The id this replica writes its heartbeat under. */
    public String nodeId() {
        return nodeId;
    }

    /** Replicas whose heartbeat is younger than {@link ClusterNode#LIVE_WINDOW}. */
    public List<ClusterNode> liveNodes() throws SQLException {
        return nodes.seenSince(OffsetDateTime.now(ZoneOffset.UTC).minus(ClusterNode.LIVE_WINDOW));
    }

    /** Live replicas that consume the work queues (roles {@code all} and {@code worker}). */
    public int liveWorkerReplicas() throws SQLException {
        return (int) liveNodes().stream().filter(ClusterNode::runsWorkers).count();
    }

    void beat() {
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            nodes.beat(new ClusterNode(
                    nodeId, core.role().name().toLowerCase(Locale.ROOT), hostname, core.version(), startedAt, now));
            if (failing) {
                LOG.info(() -> "Heartbeat of replica " + nodeId + " is written again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Heartbeat of replica " + nodeId + " could not be written: " + e.getMessage());
                failing = true;
            }
        }
    }

    private static String hostname() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return LocalHost.name();
    }
}
