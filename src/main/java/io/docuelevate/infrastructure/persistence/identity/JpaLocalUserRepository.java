package io.docuelevate.infrastructure.persistence.identity;

import io.docuelevate.domain.identity.LocalUser;
import io.docuelevate.domain.identity.LocalUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link LocalUserRepository}; joins the caller's transaction. */
@ApplicationScoped
public class JpaLocalUserRepository implements LocalUserRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Optional<LocalUser> byUsername(String username) {
        return entityManager
                .createQuery("SELECT u FROM LocalUser u WHERE u.username = :name", LocalUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<LocalUser> byId(long id) {
        return Optional.ofNullable(entityManager.find(LocalUser.class, id));
    }

    @Override
    public long countActiveAdmins() {
        return entityManager
                .createQuery("SELECT COUNT(u) FROM LocalUser u WHERE u.admin = TRUE AND u.active = TRUE", Long.class)
                .getSingleResult();
    }

    @Override
    public boolean isActiveAdmin(String username) {
        return !entityManager
                .createQuery(
                        "SELECT u FROM LocalUser u WHERE u.username = :name AND u.admin = TRUE"
                                + " AND u.active = TRUE",
                        LocalUser.class)
                .setParameter("name", username)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(LocalUser user) {
        entityManager.persist(user);
        entityManager.flush();
    }

    @Override
    public List<LocalUser> all() {
        return entityManager
                .createQuery("SELECT u FROM LocalUser u ORDER BY u.id", LocalUser.class)
                .getResultList();
    }
}
