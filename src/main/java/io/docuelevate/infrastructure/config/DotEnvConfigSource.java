package io.docuelevate.infrastructure.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Makes the {@code .env} file of the working directory (or {@code DOTENV_PATH}) a MicroProfile Config
 * source, like the reference system. Its ordinal sits below environment variables (300) and above
 * {@code microprofile-config.properties} (100), so the environment wins over the file. Values are cleaned
 * like those of {@link EnvironmentConfigSource}.
 */
public class DotEnvConfigSource implements ConfigSource {

    static final int ORDINAL = 250;

    private final Map<String, String> values = EnvironmentConfigSource.cleaned(
            EnvironmentSettings.readDotEnv(EnvironmentSettings.dotEnvPath(System.getenv())));

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
        return "dotenv";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
