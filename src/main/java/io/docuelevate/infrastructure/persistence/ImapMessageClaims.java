package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.mail.ProcessedMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@link ProcessedMessages} on {@code imap_messages}. Claims use plain JDBC in auto-commit mode like the work
 * queue: an INSERT that the unique key (mailbox, message_key) lets through once, else a conditional UPDATE that
 * takes over an expired claim — both atomic on PostgreSQL and H2 without vendor SQL. {@link #markStored} runs
 * through JPA so it commits or rolls back with the documents it names.
 */
@ApplicationScoped
public class ImapMessageClaims implements ProcessedMessages {

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Optional<Claim> claim(String mailbox, String messageKey, String messageId, String owner, Duration lease) {
        OffsetDateTime now = utc(Instant.now());
        OffsetDateTime expires = utc(Instant.now().plus(lease));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Optional<Row> existing = find(connection, mailbox, messageKey);
            if (existing.isEmpty()) {
                if (insert(connection, mailbox, messageKey, messageId, owner, now, expires)) {
                    return Optional.of(new Claim(
                            find(connection, mailbox, messageKey).orElseThrow().id(),
                            mailbox,
                            messageKey,
                            State.CLAIMED,
                            owner));
                }
                existing = find(connection, mailbox, messageKey);
                if (existing.isEmpty()) {
                    return Optional.empty();
                }
            }
            Row row = existing.get();
            if ("STORED".equals(row.state())) {
                return Optional.of(new Claim(row.id(), mailbox, messageKey, State.STORED, owner));
            }
            if ("CLAIMED".equals(row.state()) && takeOver(connection, row.id(), owner, now, expires)) {
                return Optional.of(new Claim(row.id(), mailbox, messageKey, State.CLAIMED, owner));
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a mail message: " + e.getMessage(), e);
        }
    }

    private record Row(long id, String state) {}

    private static Optional<Row> find(Connection connection, String mailbox, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, state FROM imap_messages WHERE mailbox = ? AND message_key = ?")) {
            select.setString(1, mailbox);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Row(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    /** Inserts the claim; {@code false} when another replica's row won the unique key. */
    private static boolean insert(
            Connection connection,
            String mailbox,
            String key,
            String messageId,
            String owner,
            OffsetDateTime now,
            OffsetDateTime expires)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO imap_messages (mailbox, message_key, message_id, state, lease_owner, lease_expires_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 'CLAIMED', ?, ?, ?, ?)")) {
            insert.setString(1, mailbox);
            insert.setString(2, key);
            insert.setString(3, messageId);
            insert.setString(4, owner);
            insert.setObject(5, expires);
            insert.setObject(6, now);
            insert.setObject(7, now);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    private static boolean takeOver(
            Connection connection, long id, String owner, OffsetDateTime now, OffsetDateTime expires)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE imap_messages SET lease_owner = ?, lease_expires_at = ?, updated_at = ? WHERE id = ?"
                        + " AND state = 'CLAIMED' AND (lease_expires_at IS NULL OR lease_expires_at < ?)")) {
            update.setString(1, owner);
            update.setObject(2, expires);
            update.setObject(3, now);
            update.setLong(4, id);
            update.setObject(5, now);
            return update.executeUpdate() == 1;
        }
    }

    @Override
    public void markStored(Claim claim, List<Long> fileIds) {
        String ids = fileIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        int updated = entityManager
                .createNativeQuery("UPDATE imap_messages SET state = 'STORED', file_ids = ?, updated_at = ?"
                        + " WHERE id = ? AND state = 'CLAIMED' AND lease_owner = ?")
                .setParameter(1, ids.length() > 2000 ? ids.substring(0, 2000) : ids)
                .setParameter(2, utc(Instant.now()))
                .setParameter(3, claim.id())
                .setParameter(4, claim.owner())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("the claim on a mail message was lost (lease expired): not stored");
        }
    }

    @Override
    public void markDone(Claim claim) {
        update(
                "UPDATE imap_messages SET state = 'DONE', lease_owner = NULL, lease_expires_at = NULL, updated_at = ?"
                        + " WHERE id = ?",
                claim.id());
    }

    @Override
    public void release(Claim claim) {
        update(
                "UPDATE imap_messages SET lease_expires_at = NULL, updated_at = ? WHERE id = ? AND state = 'CLAIMED'",
                claim.id());
    }

    private void update(String sql, long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            statement.setObject(1, utc(Instant.now()));
            statement.setLong(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update a mail message claim: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
