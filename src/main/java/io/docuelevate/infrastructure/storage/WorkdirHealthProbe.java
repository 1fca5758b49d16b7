package io.docuelevate.infrastructure.storage;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.infrastructure.config.OperationsSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The work directory exists, is writable, and has room for more documents. */
@ApplicationScoped
public class WorkdirHealthProbe implements HealthProbe {

    @Inject
    Workdir workdir;

    /** Below {@code WORKDIR_MIN_FREE_BYTES} free the server still works but reports {@code degraded}. */
    @Inject
    OperationsSettings settings;

    @Override
    public String name() {
        return "workdir";
    }

    @Override
    public boolean critical() {
        return true;
    }

    @Override
    public ComponentHealth probe() {
        try {
            workdir.probeWritable();
            long free = workdir.usableBytes();
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("free_bytes", free);
            if (free < settings.workdirMinFreeBytes()) {
                return ComponentHealth.degraded("only " + free + " bytes free in the work directory", facts);
            }
            return ComponentHealth.ok(facts);
        } catch (IOException | RuntimeException e) {
            return ComponentHealth.error("work directory not writable: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
