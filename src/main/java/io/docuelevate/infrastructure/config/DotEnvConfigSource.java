package io.docuelevate.infrastructure.config;

/**
 * Makes the {@code .env} file of the working directory (or {@code DOTENV_PATH}) a MicroProfile Config
 * source, like the reference system. Its ordinal sits below environment variables (300) and above
 * {@code microprofile-config.properties} (100), so the environment wins over the file.
 */
public class DotEnvConfigSource extends CleanedConfigSource {

    static final int ORDINAL = 250;

    public DotEnvConfigSource() {
        super("dotenv", ORDINAL, EnvironmentSettings.readDotEnv(EnvironmentSettings.dotEnvPath(System.getenv())));
    }
}
