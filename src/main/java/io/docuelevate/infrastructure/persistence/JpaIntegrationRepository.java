package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.integration.UserIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link IntegrationRepository}. */
@ApplicationScoped
@Transactional
public class JpaIntegrationRepository implements IntegrationRepository {

    /** {@code last_used_at} of a folder that keeps working is refreshed at most this often (seconds). */
    static final long USED_REFRESH_SECONDS = 60;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public List<UserIntegration> list(String ownerId) {
        return entityManager
                .createQuery(
                        "SELECT i FROM UserIntegration i WHERE i.ownerId = :owner ORDER BY i.id", UserIntegration.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public Optional<UserIntegration> find(String ownerId, long id) {
        return entityManager
                .createQuery(
                        "SELECT i FROM UserIntegration i WHERE i.id = :id AND i.ownerId = :owner",
                        UserIntegration.class)
                .setParameter("id", id)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserIntegration> active(String integrationType) {
        return entityManager
                .createQuery(
                        "SELECT i FROM UserIntegration i WHERE i.integrationType = :type AND i.active = TRUE"
                                + " ORDER BY i.id",
                        UserIntegration.class)
                .setParameter("type", integrationType)
                .getResultList();
    }

    @Override
    public UserIntegration add(UserIntegration integration) {
        entityManager.persist(integration);
        entityManager.flush();
        return integration;
    }

    @Override
    public UserIntegration update(UserIntegration integration) {
        UserIntegration merged = entityManager.merge(integration);
        entityManager.flush();
        return merged;
    }

    @Override
    public void remove(UserIntegration integration) {
        entityManager.remove(entityManager.contains(integration) ? integration : entityManager.merge(integration));
    }

    /** Writes only on a change (or a stale {@code last_used_at}), so a quiet folder costs no write per poll. */
    @Override
    public void recordOutcome(long id, String error) {
        Instant now = Instant.now();
        if (error != null) {
            entityManager
                    .createNativeQuery("UPDATE user_integrations SET last_error = ?1 WHERE id = ?2"
                            + " AND (last_error IS NULL OR last_error <> ?3)")
                    .setParameter(1, error)
                    .setParameter(2, id)
                    .setParameter(3, error)
                    .executeUpdate();
            return;
        }
        entityManager
                .createNativeQuery("UPDATE user_integrations SET last_error = NULL, last_used_at = ?1 WHERE id = ?2"
                        + " AND (last_error IS NOT NULL OR last_used_at IS NULL OR last_used_at < ?3)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, id)
                .setParameter(3, Timestamp.from(now.minusSeconds(USED_REFRESH_SECONDS)))
                .executeUpdate();
    }
}
