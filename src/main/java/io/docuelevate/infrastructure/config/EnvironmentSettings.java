package io.docuelevate.infrastructure.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings as the reference system reads them: the process environment first, then a {@code .env}
 * file, every value {@linkplain #clean cleaned} of surrounding whitespace and quotes. Used where
 * MicroProfile Config is not available (the JDBC bridge inside Liberty's shared library, command-line
 * tools) and by the configuration sources ({@link DotEnvConfigSource}, {@link EnvironmentConfigSource}).
 */
public final class EnvironmentSettings {

    /** Points at another {@code .env} file than the one in the working directory. */
    public static final String DOTENV_PATH = "DOTENV_PATH";

    private final Map<String, String> environment;
    private final Map<String, String> dotEnv;

    public EnvironmentSettings(Map<String, String> environment, Map<String, String> dotEnv) {
        this.environment = Map.copyOf(environment);
        this.dotEnv = Map.copyOf(dotEnv);
    }

    /** The settings of this process: its environment plus the {@code .env} file it points at. */
    public static EnvironmentSettings ofProcess() {
        Map<String, String> env = System.getenv();
        return new EnvironmentSettings(env, readDotEnv(dotEnvPath(env)));
    }

    public Optional<String> get(String key) {
        String value = environment.get(key);
        if (value == null) {
            value = dotEnv.get(key);
        }
        if (value == null) {
            return Optional.empty();
        }
        String cleaned = clean(value);
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** The work directory: {@code WORKDIR}, else {@code workdir} under the process's working directory. */
    public Path workdir() {
        return get("WORKDIR")
                .map(Path::of)
                .orElseGet(EnvironmentSettings::defaultWorkdir)
                .toAbsolutePath()
                .normalize();
    }

    public static Path defaultWorkdir() {
        return Path.of(System.getProperty("user.dir"), "workdir");
    }

    public static Path dotEnvPath(Map<String, String> environment) {
        String explicit = environment.get(DOTENV_PATH);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(stripQuotes(explicit.trim()));
        }
        return Path.of(System.getProperty("user.dir"), ".env");
    }

    /** Reads a {@code .env} file; a missing file is an empty one. */
    public static Map<String, String> readDotEnv(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parseDotEnv(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses {@code KEY=value} lines. Blank lines and {@code #} comments are ignored, an optional
     * {@code export } prefix is accepted, and a value in matching quotes keeps everything inside them.
     */
    public static Map<String, String> parseDotEnv(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!isQuoted(value)) {
                int comment = value.indexOf(" #");
                if (comment >= 0) {
                    value = value.substring(0, comment).strip();
                }
            }
            values.put(key, stripQuotes(value));
        }
        return values;
    }

    /**
     * A value as every setting reads it: surrounding whitespace and one pair of matching quotes removed,
     * then the whitespace inside the quotes. The configuration sources serve values cleaned this way.
     */
    public static String clean(String value) {
        return stripQuotes(value.trim()).trim();
    }

    /** Removes one pair of matching surrounding quotes ({@code "..."} or {@code '...'}). */
    public static String stripQuotes(String value) {
        return isQuoted(value) ? value.substring(1, value.length() - 1) : value;
    }

    private static boolean isQuoted(String value) {
        return value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
    }
}
