package io.docuelevate.infrastructure.search;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.domain.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The search engine in health answers ({@code checks.search}); not critical: without it only search degrades. */
@ApplicationScoped
public class SearchHealthProbe implements HealthProbe {

    @Inject
    SearchIndex index;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        try {
            return index.health();
        } catch (RuntimeException e) {
            return ComponentHealth.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
