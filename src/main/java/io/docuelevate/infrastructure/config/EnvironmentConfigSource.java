package io.docuelevate.infrastructure.config;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The process environment as settings read it: every value {@linkplain EnvironmentSettings#clean cleaned}
 * of surrounding whitespace and matching quotes (a {@code KEY="value"} copied from a {@code .env} file
 * works the same as {@code KEY=value}). Its ordinal sits just above MicroProfile's own environment source
 * (300), which serves the raw values, and below system properties (400).
 */
public class EnvironmentConfigSource implements ConfigSource {

    static final int ORDINAL = 310;

    private final Map<String, String> values = cleaned(System.getenv());

    static Map<String, String> cleaned(Map<String, String> raw) {
        return raw.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> EnvironmentSettings.clean(entry.getValue())));
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
        return "environment (cleaned)";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
