package io.docuelevate.application.readiness;

/**
 * Port: what the configuration says, judged without handing out secret values (the secrets part holds
 * verdicts only), and how monitoring is set up.
 */
public interface ConfigurationFacts {

    /** Verdicts on the session secret, admin password, database password, keystore and {@code .env} file. */
    ReadinessSnapshot.Secrets secrets();

    boolean authEnabled();

    boolean securityHeadersEnabled();

    boolean rateLimitingEnabled();

    boolean backupEnabled();

    /** Whether {@code MEILISEARCH_URL} is set. */
    boolean meilisearchConfigured();

    /** The console log format Liberty was started with ({@code simple}, {@code json}...). */
    String consoleLogFormat();

    /** Uptime Kuma pushes and whether {@code /metrics} is open. */
    ReadinessSnapshot.Monitoring monitoring();

    /** The test-only settings that are set ({@code URL_UPLOAD_ALLOW_HOSTS}...), as {@code NAME=value} lines. */
    java.util.List<String> testOnlySettings();
}
