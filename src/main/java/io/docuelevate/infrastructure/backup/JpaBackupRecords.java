package io.docuelevate.infrastructure.backup;

import io.docuelevate.domain.backup.BackupRecord;
import io.docuelevate.domain.backup.BackupRecords;
import io.docuelevate.domain.backup.BackupStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link BackupRecords} on JPA; each method is its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaBackupRecords implements BackupRecords {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public BackupRecord insert(BackupRecord record) {
        entityManager.persist(record);
        entityManager.flush();
        return record;
    }

    @Override
    public Optional<BackupRecord> find(long id) {
        return Optional.ofNullable(entityManager.find(BackupRecord.class, id));
    }

    @Override
    public List<BackupRecord> all() {
        return entityManager
                .createQuery("SELECT b FROM BackupRecord b ORDER BY b.createdAt DESC, b.id DESC", BackupRecord.class)
                .getResultList();
    }

    @Override
    public Optional<BackupRecord> newestVerified() {
        return entityManager
                .createQuery(
                        "SELECT b FROM BackupRecord b WHERE b.status = :verified"
                                + " ORDER BY b.createdAt DESC, b.id DESC",
                        BackupRecord.class)
                .setParameter("verified", BackupStatus.VERIFIED.label())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean slotTaken(String slot) {
        return entityManager
                        .createQuery("SELECT COUNT(b) FROM BackupRecord b WHERE b.scheduleSlot = :slot", Long.class)
                        .setParameter("slot", slot)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<BackupRecord> update(long id, Consumer<BackupRecord> change) {
        BackupRecord record = entityManager.find(BackupRecord.class, id);
        if (record == null) {
            return Optional.empty();
        }
        change.accept(record);
        return Optional.of(record);
    }

    @Override
    public void delete(long id) {
        BackupRecord record = entityManager.find(BackupRecord.class, id);
        if (record != null) {
            entityManager.remove(record);
        }
    }
}
