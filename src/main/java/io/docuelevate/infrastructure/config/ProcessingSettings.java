package io.docuelevate.infrastructure.config;

import io.docuelevate.application.processing.ProcessingOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ingest, work queue and pipeline settings (reference names where the reference has them). */
@ApplicationScoped
public class ProcessingSettings implements ProcessingOptions {

    @Inject
    @ConfigProperty(name = "WORKER_CONCURRENCY")
    int workerConcurrency;

    @Inject
    @ConfigProperty(name = "WORKER_QUEUES")
    String workerQueues;

    @Inject
    @ConfigProperty(name = "WORKER_POLL_INTERVAL_MS")
    long pollIntervalMillis;

    @Inject
    @ConfigProperty(name = "WORKER_LEASE_SECONDS")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_MAX_RETRIES")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_DELAYS")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_JITTER")
    boolean retryJitter;

    @Inject
    @ConfigProperty(name = "STEP_TIMEOUT")
    int stepTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "ENABLE_DEDUPLICATION")
    boolean deduplication;

    @Inject
    @ConfigProperty(name = "ALLOW_FILE_DELETE")
    boolean allowFileDelete;

    /** Test only: see {@link ProcessingOptions#testPausePoint()}; unset (no pause) unless a crash test sets it. */
    @Inject
    @ConfigProperty(name = "TEST_PAUSE_AT")
    Optional<String> testPauseAt;

    @Inject
    ProtectionSettings protection;

    public int workerConcurrency() {
        if (workerConcurrency < 1) {
            throw new InvalidConfigurationException("WORKER_CONCURRENCY must be at least 1, got " + workerConcurrency);
        }
        return workerConcurrency;
    }

    public List<String> workerQueues() {
        return Arrays.stream(workerQueues.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollIntervalMillis));
    }

    @Override
    public Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    /** Attempts in all: the first run plus {@code TASK_RETRY_MAX_RETRIES} retries. */
    @Override
    public int maxAttempts() {
        return Math.max(0, maxRetries) + 1;
    }

    public RetryPolicy retryPolicy() {
        return RetryPolicy.parse(retryDelays, retryJitter);
    }

    @Override
    public Duration stepTimeout() {
        return Duration.ofSeconds(Math.max(1, stepTimeoutSeconds));
    }

    @Override
    public boolean deduplication() {
        return deduplication;
    }

    @Override
    public boolean allowFileDelete() {
        return allowFileDelete;
    }

    /** {@code MAX_UPLOAD_SIZE}, bound and checked in {@link ProtectionSettings}. */
    @Override
    public long maxUploadSize() {
        return protection.maxUploadSize();
    }

    @Override
    public Optional<String> testPausePoint() {
        return testPauseAt.map(String::trim).filter(s -> !s.isEmpty());
    }
}
