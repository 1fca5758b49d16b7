package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.ClusterFacts;
import io.docuelevate.application.readiness.ReadinessSnapshot;
import io.docuelevate.domain.cluster.ClusterNode;
import io.docuelevate.infrastructure.cluster.NodeHeartbeat;
import io.docuelevate.infrastructure.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;

/** {@link ClusterFacts} from the replicas' heartbeats in {@code cluster_nodes}. */
@ApplicationScoped
public class HeartbeatClusterFacts implements ClusterFacts {

    @Inject
    NodeHeartbeat heartbeat;

    @Override
    public ReadinessSnapshot.Replicas replicas() {
        try {
            List<ClusterNode> live = heartbeat.liveNodes();
            List<ClusterNode> workers =
                    live.stream().filter(ClusterNode::runsWorkers).toList();
            return new ReadinessSnapshot.Replicas(
                    workers.size(),
                    live.size(),
                    workers.stream().map(ClusterNode::hostname).sorted().toList(),
                    null);
        } catch (SQLException | RuntimeException e) {
            return new ReadinessSnapshot.Replicas(0, 0, List.of(), DatabaseErrors.describe(e));
        }
    }
}
