package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.delivery.DeliveryRepository;
import io.docuelevate.domain.delivery.DocumentDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link DeliveryRepository}. */
@ApplicationScoped
@Transactional
public class JpaDeliveryRepository implements DeliveryRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public List<DocumentDelivery> forDocument(long fileId) {
        return entityManager
                .createQuery(
                        "SELECT d FROM DocumentDelivery d WHERE d.fileId = :file ORDER BY d.id", DocumentDelivery.class)
                .setParameter("file", fileId)
                .getResultList();
    }

    @Override
    public Optional<DocumentDelivery> find(long fileId, String destinationKey) {
        return entityManager
                .createQuery(
                        "SELECT d FROM DocumentDelivery d WHERE d.fileId = :file AND d.destinationKey = :key",
                        DocumentDelivery.class)
                .setParameter("file", fileId)
                .setParameter("key", destinationKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public DocumentDelivery save(DocumentDelivery delivery) {
        if (delivery.getId() == null) {
            entityManager.persist(delivery);
            entityManager.flush();
            return delivery;
        }
        return entityManager.merge(delivery);
    }
}
