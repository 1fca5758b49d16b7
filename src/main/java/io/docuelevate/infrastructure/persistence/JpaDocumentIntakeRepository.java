package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.intake.DocumentIntake;
import io.docuelevate.domain.intake.DocumentIntakeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** JPA implementation of {@link DocumentIntakeRepository}. */
@ApplicationScoped
@Transactional
public class JpaDocumentIntakeRepository implements DocumentIntakeRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Optional<DocumentIntake> findByKey(String principalId, String idempotencyKey) {
        return entityManager
                .createQuery(
                        "SELECT i FROM DocumentIntake i WHERE i.principalId = :principal AND i.idempotencyKey = :key",
                        DocumentIntake.class)
                .setParameter("principal", principalId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<DocumentIntake> find(String principalId, long id) {
        return entityManager
                .createQuery(
                        "SELECT i FROM DocumentIntake i WHERE i.id = :id AND i.principalId = :principal",
                        DocumentIntake.class)
                .setParameter("id", id)
                .setParameter("principal", principalId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public DocumentIntake add(DocumentIntake intake) {
        entityManager.persist(intake);
        entityManager.flush();
        return intake;
    }
}
