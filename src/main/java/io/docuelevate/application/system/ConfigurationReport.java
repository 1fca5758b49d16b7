package io.docuelevate.application.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The effective configuration for administrators (the admin configuration page): every setting the application
 * reads, its value with every secret {@linkplain SecretMasking masked}, and where the value came from.
 */
@ApplicationScoped
public class ConfigurationReport {

    /** One setting as it may be shown; {@code value} is null when the setting is unset. */
    public record Entry(String name, String value, boolean masked, ConfigurationValues.Source source) {}

    @Inject
    ConfigurationValues values;

    public List<Entry> entries() {
        return of(values.settings());
    }

    static List<Entry> of(List<ConfigurationValues.Setting> settings) {
        return settings.stream()
                .map(setting -> {
                    String shown = SecretMasking.mask(setting.name(), setting.value());
                    return new Entry(
                            setting.name(), shown, shown != null && !shown.equals(setting.value()), setting.source());
                })
                .toList();
    }
}
