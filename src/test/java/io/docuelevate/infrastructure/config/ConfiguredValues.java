package io.docuelevate.infrastructure.config;

import java.util.Optional;

/**
 * What a configuration bean is injected with for a raw environment value: the value as the configuration
 * sources serve it (cleaned by {@link EnvironmentSettings#clean}), empty when nothing is left, as
 * MicroProfile Config treats an empty value as missing.
 */
public final class ConfiguredValues {

    private ConfiguredValues() {}

    public static Optional<String> configured(Optional<String> raw) {
        return raw.map(EnvironmentSettings::clean).filter(value -> !value.isEmpty());
    }

    public static Optional<String> configured(String raw) {
        return configured(Optional.ofNullable(raw));
    }
}
