package io.docuelevate.infrastructure.config;

import io.docuelevate.application.processing.ProcessingOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ingest, work queue and pipeline settings (reference names where the reference has them). */
@ApplicationScoped
public class ProcessingSettings implements ProcessingOptions {

    @Inject
    @ConfigProperty(name = "WORKER_CONCURRENCY", defaultValue = "2")
    int workerConcurrency;

    @Inject
    @ConfigProperty(name = "WORKER_QUEUES", defaultValue = "document_processor,default")
    String workerQueues;

    @Inject
    @ConfigProperty(name = "WORKER_POLL_INTERVAL_MS", defaultValue = "1000")
    long pollIntervalMillis;

    @Inject
    @ConfigProperty(name = "WORKER_LEASE_SECONDS", defaultValue = "120")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_MAX_RETRIES", defaultValue = "3")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_DELAYS", defaultValue = "60,300,900")
    String retryDelays;

    @Inject
    @ConfigProperty(name = "TASK_RETRY_JITTER", defaultValue = "true")
    boolean retryJitter;

    @Inject
    @ConfigProperty(name = "STEP_TIMEOUT", defaultValue = "600")
    int stepTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "ENABLE_DEDUPLICATION", defaultValue = "true")
    boolean deduplication;

    @Inject
    @ConfigProperty(name = "ALLOW_FILE_DELETE", defaultValue = "true")
    boolean allowFileDelete;

    @Inject
    @ConfigProperty(name = "MAX_UPLOAD_SIZE", defaultValue = "1073741824")
    long maxUploadSize;

    public int workerConcurrency() {
        if (workerConcurrency < 1) {
            throw new InvalidConfigurationException("WORKER_CONCURRENCY must be at least 1, got " + workerConcurrency);
        }
        return workerConcurrency;
    }

    public List<String> workerQueues() {
        return Arrays.stream(EnvironmentSettings.stripQuotes(workerQueues.trim()).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollIntervalMillis));
    }

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

    @Override
    public long maxUploadSize() {
        return maxUploadSize;
    }
}
