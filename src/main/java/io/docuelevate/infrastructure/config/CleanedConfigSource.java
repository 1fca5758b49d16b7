package io.docuelevate.infrastructure.config;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A fixed set of settings served {@linkplain EnvironmentSettings#clean cleaned} of surrounding whitespace
 * and matching quotes: the one place where values are cleaned, so the configuration beans read them as
 * they are. An empty value is a missing one for MicroProfile Config.
 */
public abstract class CleanedConfigSource implements ConfigSource {

    private final String name;
    private final int ordinal;
    private final Map<String, String> values;

    protected CleanedConfigSource(String name, int ordinal, Map<String, String> raw) {
        this.name = name;
        this.ordinal = ordinal;
        this.values = cleaned(raw);
    }

    static Map<String, String> cleaned(Map<String, String> raw) {
        return raw.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> EnvironmentSettings.clean(entry.getValue())));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ordinal;
    }
}
