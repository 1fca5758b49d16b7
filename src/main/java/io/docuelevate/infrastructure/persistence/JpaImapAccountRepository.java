package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.mail.ImapAccount;
import io.docuelevate.domain.mail.ImapAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link ImapAccountRepository}. */
@ApplicationScoped
@Transactional
public class JpaImapAccountRepository implements ImapAccountRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    public List<ImapAccount> list(String ownerId) {
        return entityManager
                .createQuery("SELECT a FROM ImapAccount a WHERE a.ownerId = :owner ORDER BY a.id", ImapAccount.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    @Override
    public Optional<ImapAccount> find(String ownerId, long id) {
        return entityManager
                .createQuery("SELECT a FROM ImapAccount a WHERE a.id = :id AND a.ownerId = :owner", ImapAccount.class)
                .setParameter("id", id)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ImapAccount> active() {
        return entityManager
                .createQuery("SELECT a FROM ImapAccount a WHERE a.active = TRUE ORDER BY a.id", ImapAccount.class)
                .getResultList();
    }

    @Override
    public ImapAccount add(ImapAccount account) {
        entityManager.persist(account);
        entityManager.flush();
        return account;
    }

    @Override
    public ImapAccount update(ImapAccount account) {
        return entityManager.merge(account);
    }

    @Override
    public void remove(ImapAccount account) {
        entityManager.remove(entityManager.contains(account) ? account : entityManager.merge(account));
    }
}
