package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** JPA implementation of {@link DocumentRepository}. */
@ApplicationScoped
@Transactional
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public Document add(Document document) {
        entityManager.persist(document);
        entityManager.flush();
        return document;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(entityManager.find(Document.class, id));
    }

    @Override
    public Optional<Document> findOriginalByHash(String ownerId, String fileHash) {
        TypedQuery<Document> query = entityManager
                .createQuery(
                        "SELECT d FROM Document d WHERE d.fileHash = :hash"
                                + " AND d.duplicate = FALSE AND "
                                + (ownerId == null ? "d.ownerId IS NULL" : "d.ownerId = :owner")
                                + " ORDER BY d.id",
                        Document.class)
                .setParameter("hash", fileHash)
                .setMaxResults(1);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public void remove(Document document) {
        entityManager.remove(entityManager.contains(document) ? document : entityManager.merge(document));
    }

    @Override
    public void clearDuplicateReferences(long originalId) {
        entityManager
                .createQuery("UPDATE Document d SET d.duplicateOfId = NULL WHERE d.duplicateOfId = :id")
                .setParameter("id", originalId)
                .executeUpdate();
    }

    @Override
    public Set<String> processedFilePaths() {
        return pathsIn("processedFilePath");
    }

    @Override
    public Optional<Document> findByProcessedPath(String processedPath) {
        return entityManager
                .createQuery("SELECT d FROM Document d WHERE d.processedFilePath = :path ORDER BY d.id", Document.class)
                .setParameter("path", processedPath)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Set<String> originalFilePaths() {
        return pathsIn("originalFilePath");
    }

    private Set<String> pathsIn(String field) {
        return new HashSet<>(entityManager
                .createQuery("SELECT d." + field + " FROM Document d WHERE d." + field + " IS NOT NULL", String.class)
                .getResultList());
    }
}
