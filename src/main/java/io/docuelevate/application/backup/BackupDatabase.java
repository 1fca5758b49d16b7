package io.docuelevate.application.backup;

/** Port: what backups need to know of the database in use. */
public interface BackupDatabase {

    /** {@code h2} or {@code postgresql}, as archives name it. */
    String kind();

    /** The Flyway schema version now. */
    String schemaVersion();

    /** Documents in the database; -1 when it cannot be counted. */
    long countDocuments();

    /** A short, operator-readable reason for a failure, with database URLs masked. */
    String describe(Throwable failure);
}
