package io.docuelevate.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void delaysInOrderThenDoubling() {
        RetryPolicy policy = RetryPolicy.parse("60,300,900", false);
        assertEquals(Duration.ofSeconds(60), policy.delayBeforeRetry(1));
        assertEquals(Duration.ofSeconds(300), policy.delayBeforeRetry(2));
        assertEquals(Duration.ofSeconds(900), policy.delayBeforeRetry(3));
        assertEquals(Duration.ofSeconds(1800), policy.delayBeforeRetry(4));
        assertEquals(Duration.ofSeconds(3600), policy.delayBeforeRetry(5));
    }

    @Test
    void emptyListMeansSixtySecondsAndMinimumIsOneSecond() {
        assertEquals(Duration.ofSeconds(60), RetryPolicy.parse("", false).delayBeforeRetry(1));
        assertEquals(Duration.ofSeconds(1), RetryPolicy.parse("0.1", false).delayBeforeRetry(1));
        assertEquals(Duration.ofMillis(2500), RetryPolicy.parse("'2.5'", false).delayBeforeRetry(1));
    }

    @RepeatedTest(20)
    void jitterStaysWithinTwentyPercent() {
        long millis = RetryPolicy.parse("100", true).delayBeforeRetry(1).toMillis();
        assertTrue(millis >= 80_000 && millis <= 120_000, "got " + millis);
    }

    @Test
    void garbageIsAConfigurationError() {
        InvalidConfigurationException error =
                assertThrows(InvalidConfigurationException.class, () -> RetryPolicy.parse("60,soon", false));
        assertTrue(error.getMessage().contains("'soon' is not a number"), error.getMessage());
    }
}
