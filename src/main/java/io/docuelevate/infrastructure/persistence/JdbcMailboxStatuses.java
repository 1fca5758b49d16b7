package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.mail.MailboxStatus;
import io.docuelevate.domain.mail.MailboxStatuses;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** {@link MailboxStatuses} on {@code imap_mailbox_status}, plain JDBC in auto-commit mode (no transaction needed). */
@ApplicationScoped
public class JdbcMailboxStatuses implements MailboxStatuses {

    private static final int MAX_ERROR = 1000;

    @Resource(lookup = "jdbc/docuelevate")
    DataSource dataSource;

    @Override
    public void recordSuccess(String mailbox) {
        OffsetDateTime now = now();
        upsert(
                mailbox,
                "UPDATE imap_mailbox_status SET last_checked_at = ?, last_success_at = ?, last_error = NULL,"
                        + " failures = 0, updated_at = ? WHERE mailbox = ?",
                new Object[] {now, now, now, mailbox},
                new Object[] {mailbox, now, now, null, 0, now});
    }

    @Override
    public int recordFailure(String mailbox, String error) {
        OffsetDateTime now = now();
        String text =
                error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        upsert(
                mailbox,
                "UPDATE imap_mailbox_status SET last_checked_at = ?, last_error = ?, failures = failures + 1,"
                        + " updated_at = ? WHERE mailbox = ?",
                new Object[] {now, text, now, mailbox},
                new Object[] {mailbox, now, null, text, 1, now});
        MailboxStatus status = all().get(mailbox);
        return status == null ? 1 : status.failures();
    }

    @Override
    public Map<String, MailboxStatus> all() {
        Map<String, MailboxStatus> all = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT mailbox, last_checked_at, last_success_at, last_error, failures"
                                + " FROM imap_mailbox_status ORDER BY mailbox");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.put(
                        rows.getString(1),
                        new MailboxStatus(
                                rows.getString(1),
                                instant(rows.getObject(2, OffsetDateTime.class)),
                                instant(rows.getObject(3, OffsetDateTime.class)),
                                rows.getString(4),
                                rows.getInt(5)));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read mailbox states: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(String mailbox) {
        execute("DELETE FROM imap_mailbox_status WHERE mailbox = ?", new Object[] {mailbox});
    }

    /** Updates the row, or inserts it when there is none (a concurrent insert of the same mailbox then updates). */
    private void upsert(String mailbox, String update, Object[] updateParameters, Object[] insertParameters) {
        if (execute(update, updateParameters) > 0) {
            return;
        }
        try {
            execute(
                    "INSERT INTO imap_mailbox_status (mailbox, last_checked_at, last_success_at, last_error, failures,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    insertParameters);
        } catch (IllegalStateException e) {
            if (execute(update, updateParameters) == 0) {
                throw e;
            }
        }
    }

    private int execute(String sql, Object[] parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a mailbox state: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
