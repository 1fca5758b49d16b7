package io.docuelevate.infrastructure.convert;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.infrastructure.config.ConversionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code converter}: LibreOffice is installed (and, once started, runs) so Office, text and e-mail files can be
 * converted; not configured when conversion is switched off. Never starts the office process itself. Not
 * critical: without it only those files fail, with the reason.
 */
@ApplicationScoped
public class ConverterHealthProbe implements HealthProbe {

    @Inject
    ConversionSettings settings;

    @Inject
    OfficeProcess office;

    @Inject
    LibreOfficeConverter converter;

    @Override
    public String name() {
        return "converter";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        if (!settings.enabled()) {
            return ComponentHealth.notConfigured();
        }
        Optional<String> problem = office.problem();
        long[] counts = converter.counts();
        Map<String, Object> facts = new LinkedHashMap<>();
        office.home().ifPresent(home -> facts.put("office_home", home.getPath()));
        facts.put("process", office.running() ? "running" : "starts with the first conversion");
        facts.put("conversions", counts[0]);
        facts.put("failures", counts[1]);
        return problem.isPresent() ? ComponentHealth.degraded(problem.get(), facts) : ComponentHealth.ok(facts);
    }
}
