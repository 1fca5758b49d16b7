package io.docuelevate.domain.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One running replica as its last heartbeat (table {@code cluster_nodes}) describes it. Replicas write
 * their own row every few seconds, so the rows tell how many api and worker replicas are alive.
 */
public record ClusterNode(
        String nodeId,
        String role,
        String hostname,
        String version,
        OffsetDateTime startedAt,
        OffsetDateTime lastSeenAt) {

    /** A heartbeat older than this means the replica is gone (three missed 30 s beats). */
    public static final Duration LIVE_WINDOW = Duration.ofSeconds(90);

    /** Whether this replica consumes the work queues (role {@code all} or {@code worker}). */
    public boolean runsWorkers() {
        return "all".equals(role) || "worker".equals(role);
    }

    public boolean isLive(OffsetDateTime now) {
        return lastSeenAt != null && lastSeenAt.isAfter(now.minus(LIVE_WINDOW));
    }
}
