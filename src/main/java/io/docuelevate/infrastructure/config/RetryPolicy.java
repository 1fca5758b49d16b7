package io.docuelevate.infrastructure.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Backoff between attempts, as the reference computes it: the configured delays in order, then
 * doubling the last one; ±20 % jitter when enabled; never below one second; an empty list means 60 s.
 */
public record RetryPolicy(List<Duration> delays, boolean jitter) {

    public static RetryPolicy parse(String csv, boolean jitter) {
        List<Duration> delays = new ArrayList<>();
        for (String part : EnvironmentSettings.clean(csv == null ? "" : csv).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                delays.add(Duration.ofMillis(Math.round(Double.parseDouble(part.trim()) * 1000)));
            } catch (NumberFormatException e) {
                throw new InvalidConfigurationException(
                        "TASK_RETRY_DELAYS '" + csv + "' is invalid: '" + part.trim() + "' is not a number of seconds");
            }
        }
        if (delays.isEmpty()) {
            delays.add(Duration.ofSeconds(60));
        }
        return new RetryPolicy(List.copyOf(delays), jitter);
    }

    /** The wait before retry number {@code retry} (1 = first retry). */
    public Duration delayBeforeRetry(int retry) {
        int index = Math.max(1, retry) - 1;
        Duration base;
        if (index < delays.size()) {
            base = delays.get(index);
        } else {
            base = delays.get(delays.size() - 1).multipliedBy(1L << Math.min(20, index - delays.size() + 1));
        }
        long millis = base.toMillis();
        if (jitter) {
            millis = Math.round(millis * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
        }
        return Duration.ofMillis(Math.max(1000, millis));
    }
}
