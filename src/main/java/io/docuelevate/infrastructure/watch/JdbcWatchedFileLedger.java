package io.docuelevate.infrastructure.watch;

import io.docuelevate.domain.watch.FileObservation;
import io.docuelevate.domain.watch.WatchedFileLedger;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link WatchedFileLedger} on {@code watched_files}. Claims run in auto-commit mode like
 * {@code DatabaseWorkQueue}: a new version is an INSERT guarded by the unique key hash (a replica that loses the
 * race gets a unique violation and claims nothing), a known one a conditional UPDATE ("released, or lease
 * expired") that a concurrent claimer blocks on and then finds false. {@link #hold} and {@link #ingested} run in
 * the caller's transaction through the persistence context, so they commit with the document row.
 */
@ApplicationScoped
public class JdbcWatchedFileLedger implements WatchedFileLedger {

    private static final String UNIQUE_VIOLATION = "23505";

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Set<String> unclaimable(String folderKey) {
        Set<String> keys = new HashSet<>();
        try (Connection connection = autoCommit();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT relative_path, size_bytes, modified_millis FROM watched_files WHERE folder_key = ?"
                                + " AND (state IN ('INGESTED', 'SKIPPED', 'FAILED')"
                                + " OR (state = 'CLAIMED' AND lease_expires_at >= ?))")) {
            select.setString(1, folderKey);
            select.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + '\u0000' + rows.getLong(2) + '\u0000' + rows.getLong(3));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the watched-file ledger: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Claim> claim(
            String folderKey, FileObservation file, String owner, Duration lease, int maxAttempts) {
        String hash = hash(folderKey, file);
        Instant now = Instant.now();
        try (Connection connection = autoCommit()) {
            Optional<Long> existing = find(connection, hash);
            if (existing.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO watched_files (key_hash, folder_key, relative_path, size_bytes, modified_millis,"
                                + " state, lease_owner, lease_expires_at, attempts, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, 'CLAIMED', ?, ?, 1, ?, ?)")) {
                    insert.setString(1, hash);
                    insert.setString(2, folderKey);
                    insert.setString(3, file.relativePath());
                    insert.setLong(4, file.size());
                    insert.setLong(5, file.modifiedMillis());
                    insert.setString(6, owner);
                    insert.setTimestamp(7, Timestamp.from(now.plus(lease)));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.executeUpdate();
                    return find(connection, hash).map(id -> new Claim(id, folderKey, file, owner, 1));
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return Optional.empty();
                    }
                    throw e;
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE watched_files SET state = 'CLAIMED', lease_owner = ?, lease_expires_at = ?,"
                            + " attempts = attempts + 1, updated_at = ? WHERE id = ? AND attempts < ?"
                            + " AND (state = 'RETRY' OR (state = 'CLAIMED' AND lease_expires_at < ?))")) {
                update.setString(1, owner);
                update.setTimestamp(2, Timestamp.from(now.plus(lease)));
                update.setTimestamp(3, Timestamp.from(now));
                update.setLong(4, existing.get());
                update.setInt(5, maxAttempts);
                update.setTimestamp(6, Timestamp.from(now));
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Claim(existing.get(), folderKey, file, owner, attempts(connection, existing.get())));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a watched file: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(Claim claim) {
        return entityManager
                        .createNativeQuery("UPDATE watched_files SET updated_at = ?1 WHERE id = ?2 AND lease_owner = ?3"
                                + " AND state = 'CLAIMED'")
                        .setParameter(1, Timestamp.from(Instant.now()))
                        .setParameter(2, claim.id())
                        .setParameter(3, claim.owner())
                        .executeUpdate()
                == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void ingested(Claim claim, long fileId, String detail) {
        entityManager
                .createNativeQuery(
                        "UPDATE watched_files SET state = 'INGESTED', file_id = ?1, detail = ?2,"
                                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = ?3 WHERE id = ?4 AND lease_owner = ?5")
                .setParameter(1, fileId)
                .setParameter(2, detail)
                .setParameter(3, Timestamp.from(Instant.now()))
                .setParameter(4, claim.id())
                .setParameter(5, claim.owner())
                .executeUpdate();
    }

    @Override
    public void skip(Claim claim, String reason) {
        settle(claim, "'SKIPPED'", reason, 0);
    }

    @Override
    public void release(Claim claim, String error, int maxAttempts) {
        settle(claim, "CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'RETRY' END", error, maxAttempts);
    }

    @Override
    public void forget(Claim claim) {
        try (Connection connection = autoCommit();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM watched_files WHERE id = ? AND lease_owner = ? AND state = 'CLAIMED'")) {
            delete.setLong(1, claim.id());
            delete.setString(2, claim.owner());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop a watched-file claim: " + e.getMessage(), e);
        }
    }

    private void settle(Claim claim, String state, String detail, int maxAttempts) {
        boolean withAttempts = state.contains("?");
        try (Connection connection = autoCommit();
                PreparedStatement update = connection.prepareStatement("UPDATE watched_files SET state = " + state
                        + ", detail = ?, lease_owner = NULL, lease_expires_at = NULL, updated_at = ?"
                        + " WHERE id = ? AND lease_owner = ? AND state = 'CLAIMED'")) {
            int index = 1;
            if (withAttempts) {
                update.setInt(index++, maxAttempts);
            }
            update.setString(index++, detail);
            update.setTimestamp(index++, Timestamp.from(Instant.now()));
            update.setLong(index++, claim.id());
            update.setString(index, claim.owner());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot settle a watched-file claim: " + e.getMessage(), e);
        }
    }

    private Connection autoCommit() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        return connection;
    }

    private static Optional<Long> find(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM watched_files WHERE key_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static int attempts(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT attempts FROM watched_files WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 1;
            }
        }
    }

    /** SHA-256 of folder, relative path, size and modification time: the row's unique key. */
    static String hash(String folderKey, FileObservation file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String key = folderKey + '\u0000' + WatchedFileLedger.keyOf(file);
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
