package io.docuelevate.infrastructure.persistence.identity;

import io.docuelevate.domain.identity.UserPreference;
import io.docuelevate.domain.identity.UserPreferenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** JPA implementation of {@link UserPreferenceRepository}; joins the caller's transaction. */
@ApplicationScoped
public class JpaUserPreferenceRepository implements UserPreferenceRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Optional<UserPreference> of(String ownerId) {
        return Optional.ofNullable(entityManager.find(UserPreference.class, ownerId));
    }

    @Override
    public void add(UserPreference preference) {
        entityManager.persist(preference);
    }
}
