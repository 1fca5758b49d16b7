package io.docuelevate.infrastructure.persistence;

import io.docuelevate.application.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link SearchSource} on JPA. "Indexable" is written once ({@link #INDEXABLE}): not a duplicate row and a
 * non-empty text. Only ids are selected; the reindex job loads documents one by one.
 */
@ApplicationScoped
@Transactional
public class JpaSearchSource implements SearchSource {

    static final String INDEXABLE = "f.duplicate = FALSE AND f.ocrText IS NOT NULL AND LENGTH(f.ocrText) > 0";
    private static final int IN_LIST_LIMIT = 1000;

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public long indexableCount() {
        return entityManager
                .createQuery("SELECT COUNT(f) FROM Document f WHERE " + INDEXABLE, Long.class)
                .getSingleResult();
    }

    @Override
    public List<Long> indexableIdsAfter(long afterId, int limit) {
        return entityManager
                .createQuery(
                        "SELECT f.id FROM Document f WHERE f.id > :after AND " + INDEXABLE + " ORDER BY f.id",
                        Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Set<Long> indexableIds() {
        return new HashSet<>(entityManager
                .createQuery("SELECT f.id FROM Document f WHERE " + INDEXABLE, Long.class)
                .getResultList());
    }

    @Override
    public Set<Long> visibleIds(Collection<Long> ids, Optional<String> ownerFilter) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Set<Long> visible = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += IN_LIST_LIMIT) {
            List<Long> slice = wanted.subList(from, Math.min(wanted.size(), from + IN_LIST_LIMIT));
            TypedQuery<Long> query = entityManager
                    .createQuery(
                            "SELECT f.id FROM Document f WHERE f.id IN :ids"
                                    + (ownerFilter.isPresent() ? " AND f.ownerId = :owner" : ""),
                            Long.class)
                    .setParameter("ids", slice);
            ownerFilter.ifPresent(owner -> query.setParameter("owner", owner));
            visible.addAll(query.getResultList());
        }
        return visible;
    }
}
