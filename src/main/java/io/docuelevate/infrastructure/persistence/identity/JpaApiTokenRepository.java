package io.docuelevate.infrastructure.persistence.identity;

import io.docuelevate.domain.identity.ApiToken;
import io.docuelevate.domain.identity.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link ApiTokenRepository}; joins the caller's transaction. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
        entityManager.flush();
    }

    @Override
    public List<ApiToken> ownedBy(String ownerId) {
        return entityManager
                .createQuery(
                        "SELECT t FROM ApiToken t WHERE t.ownerId = :owner AND t.name NOT LIKE 'Mobile App%'"
                                + " ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return entityManager
                .createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> byId(long id) {
        return Optional.ofNullable(entityManager.find(ApiToken.class, id));
    }

    @Override
    public void remove(ApiToken token) {
        entityManager.remove(token);
    }
}
