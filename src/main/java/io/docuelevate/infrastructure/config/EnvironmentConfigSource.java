package io.docuelevate.infrastructure.config;

/**
 * The process environment as settings read it: every value cleaned of surrounding whitespace and matching
 * quotes (a {@code KEY="value"} copied from a {@code .env} file works the same as {@code KEY=value}). Its
 * ordinal sits just above MicroProfile's own environment source (300), which serves the raw values, and
 * below system properties (400).
 */
public class EnvironmentConfigSource extends CleanedConfigSource {

    static final int ORDINAL = 310;

    public EnvironmentConfigSource() {
        super("environment (cleaned)", ORDINAL, System.getenv());
    }
}
