package io.docuelevate.infrastructure.queue;

import io.docuelevate.domain.queue.WorkItemState;
import io.docuelevate.domain.queue.WorkQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link WorkQueue} on the {@code work_items} table with plain JDBC in auto-commit mode. A claim is one
 * conditional UPDATE per candidate ("still due or lease expired"): under READ COMMITTED on PostgreSQL
 * and H2 a concurrent claimer blocks on the row, re-checks the condition and updates nothing, so
 * several replicas can poll one database safely without vendor-specific SQL.
 */
@ApplicationScoped
public class DatabaseWorkQueue implements WorkQueue {

    private static final String DUE =
            "((state = 'QUEUED' AND not_before <= ?) OR (state = 'RUNNING' AND lease_expires_at < ?))";

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Override
    public List<Claim> claim(Collection<String> queues, String owner, Duration lease, int limit) {
        if (limit <= 0 || queues.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", Collections.nCopies(queues.size(), "?"));
        Instant now = Instant.now();
        List<Claim> claims = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id FROM work_items WHERE queue_name IN (" + placeholders
                            + ") AND " + DUE + " ORDER BY not_before, id LIMIT ?")) {
                int index = 1;
                for (String queue : queues) {
                    select.setString(index++, queue);
                }
                select.setObject(index++, utc(now));
                select.setObject(index++, utc(now));
                select.setInt(index, limit * 2);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getLong(1));
                    }
                }
            }
            for (long id : candidates) {
                if (claims.size() >= limit) {
                    break;
                }
                if (tryClaim(connection, id, owner, now, lease)) {
                    claims.add(load(connection, id, owner));
                }
            }
            return claims;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim work items: " + e.getMessage(), e);
        }
    }

    private static boolean tryClaim(Connection connection, long id, String owner, Instant now, Duration lease)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE work_items SET state = 'RUNNING', lease_owner = ?,"
                        + " lease_expires_at = ?, attempts = attempts + 1, updated_at = ? WHERE id = ? AND " + DUE)) {
            update.setString(1, owner);
            update.setObject(2, utc(now.plus(lease)));
            update.setObject(3, utc(now));
            update.setLong(4, id);
            update.setObject(5, utc(now));
            update.setObject(6, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    private static Claim load(Connection connection, long id, String owner) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT queue_name, task_type, file_id, task_id, payload,"
                        + " attempts, max_attempts FROM work_items WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                long fileId = row.getLong(3);
                return new Claim(
                        id,
                        row.getString(1),
                        row.getString(2),
                        row.wasNull() ? null : fileId,
                        row.getString(4),
                        row.getString(5),
                        row.getInt(6),
                        row.getInt(7),
                        owner);
            }
        }
    }

    @Override
    public boolean renew(Claim claim, Duration lease) {
        Instant now = Instant.now();
        return update(
                        "UPDATE work_items SET lease_expires_at = ?, updated_at = ? WHERE id = ? AND lease_owner = ?"
                                + " AND state = 'RUNNING'",
                        utc(now.plus(lease)),
                        utc(now),
                        claim.id(),
                        claim.owner())
                == 1;
    }

    @Override
    public void succeed(Claim claim) {
        finish(claim, WorkItemState.SUCCEEDED, null);
    }

    @Override
    public void fail(Claim claim, String error) {
        finish(claim, WorkItemState.FAILED, error);
    }

    @Override
    public void retryLater(Claim claim, Instant notBefore, String error) {
        update(
                "UPDATE work_items SET state = 'QUEUED', not_before = ?, lease_owner = NULL, lease_expires_at = NULL,"
                        + " last_error = ?, updated_at = ? WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'",
                utc(notBefore),
                error,
                utc(Instant.now()),
                claim.id(),
                claim.owner());
    }

    private void finish(Claim claim, WorkItemState state, String error) {
        Instant now = Instant.now();
        update(
                "UPDATE work_items SET state = ?, lease_owner = NULL, lease_expires_at = NULL, last_error = ?,"
                        + " completed_at = ?, updated_at = ? WHERE id = ? AND lease_owner = ? AND state = 'RUNNING'",
                state.name(),
                error,
                utc(now),
                utc(now),
                claim.id(),
                claim.owner());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update work item: " + e.getMessage(), e);
        }
    }
}
