package io.docuelevate.infrastructure.cluster;

import io.docuelevate.domain.cluster.ClusterNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code cluster_nodes} table in plain JDBC: an update-then-insert upsert that works the same on H2
 * and PostgreSQL (each replica only ever writes its own row, so the two statements cannot race).
 */
@ApplicationScoped
public class JdbcClusterNodes {

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    /** Records a heartbeat of {@code node} at {@code node.lastSeenAt()}. */
    public void beat(ClusterNode node) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cluster_nodes SET role = ?, hostname = ?, version = ?, started_at = ?, last_seen_at = ?"
                            + " WHERE node_id = ?")) {
                update.setString(1, node.role());
                update.setString(2, node.hostname());
                update.setString(3, node.version());
                update.setObject(4, node.startedAt());
                update.setObject(5, node.lastSeenAt());
                update.setString(6, node.nodeId());
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO cluster_nodes (node_id, role, hostname, version, started_at, last_seen_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, node.nodeId());
                    insert.setString(2, node.role());
                    insert.setString(3, node.hostname());
                    insert.setString(4, node.version());
                    insert.setObject(5, node.startedAt());
                    insert.setObject(6, node.lastSeenAt());
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Replicas seen after {@code since}, newest first. */
    public List<ClusterNode> seenSince(OffsetDateTime since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT node_id, role, hostname, version, started_at, last_seen_at FROM cluster_nodes"
                                + " WHERE last_seen_at > ? ORDER BY last_seen_at DESC")) {
            query.setObject(1, since);
            List<ClusterNode> nodes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new ClusterNode(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getObject(5, OffsetDateTime.class),
                            rows.getObject(6, OffsetDateTime.class)));
                }
            }
            return nodes;
        }
    }

    /** Removes a replica's row (graceful stop) and rows not seen since {@code staleBefore}. */
    public void remove(String nodeId, OffsetDateTime staleBefore) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM cluster_nodes WHERE node_id = ? OR last_seen_at < ?")) {
            delete.setString(1, nodeId);
            delete.setObject(2, staleBefore);
            delete.executeUpdate();
        }
    }
}
