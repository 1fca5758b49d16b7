package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.search.SavedSearch;
import io.docuelevate.domain.search.SavedSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link SavedSearchRepository}. */
@ApplicationScoped
@Transactional
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public List<SavedSearch> list(String userId) {
        return entityManager
                .createQuery(
                        "SELECT s FROM SavedSearch s WHERE s.userId = :user"
                                + " ORDER BY s.pinned DESC, s.updatedAt DESC, s.id DESC",
                        SavedSearch.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public Optional<SavedSearch> find(String userId, long id) {
        return entityManager
                .createQuery("SELECT s FROM SavedSearch s WHERE s.id = :id AND s.userId = :user", SavedSearch.class)
                .setParameter("id", id)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean nameTaken(String userId, String name, Long exceptId) {
        TypedQuery<Long> query = entityManager
                .createQuery(
                        "SELECT COUNT(s) FROM SavedSearch s WHERE s.userId = :user" + " AND s.name = :name"
                                + (exceptId == null ? "" : " AND s.id <> :except"),
                        Long.class)
                .setParameter("user", userId)
                .setParameter("name", name);
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return query.getSingleResult() > 0;
    }

    @Override
    public long count(String userId) {
        return entityManager
                .createQuery("SELECT COUNT(s) FROM SavedSearch s WHERE s.userId = :user", Long.class)
                .setParameter("user", userId)
                .getSingleResult();
    }

    @Override
    public SavedSearch add(SavedSearch search) {
        entityManager.persist(search);
        entityManager.flush();
        return search;
    }

    @Override
    public SavedSearch update(SavedSearch search) {
        return entityManager.merge(search);
    }

    @Override
    public void remove(SavedSearch search) {
        entityManager.remove(entityManager.contains(search) ? search : entityManager.merge(search));
    }
}
