package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** JPA implementation of {@link SettingsRepository}. */
@ApplicationScoped
public class JpaSettingsRepository implements SettingsRepository {

    @PersistenceContext(unitName = "docuelevate")
    EntityManager entityManager;

    @Override
    @Transactional
    public Optional<String> find(String key) {
        return Optional.ofNullable(entityManager.find(ApplicationSetting.class, key))
                .map(ApplicationSetting::getValue);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean putIfAbsent(String key, String value) {
        if (entityManager.find(ApplicationSetting.class, key) != null) {
            return false;
        }
        entityManager.persist(new ApplicationSetting(key, value));
        entityManager.flush();
        return true;
    }
}
