package io.docuelevate.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailboxBackoffTest {

    private static final Duration TICK = Duration.ofMinutes(1);
    private static final Duration CAP = Duration.ofHours(1);

    @Test
    void doublesFromOneTickUpToTheCap() {
        assertEquals(TICK, MailboxBackoff.delay(0, TICK, CAP));
        assertEquals(Duration.ofMinutes(1), MailboxBackoff.delay(1, TICK, CAP));
        assertEquals(Duration.ofMinutes(2), MailboxBackoff.delay(2, TICK, CAP));
        assertEquals(Duration.ofMinutes(32), MailboxBackoff.delay(6, TICK, CAP));
        assertEquals(CAP, MailboxBackoff.delay(7, TICK, CAP));
        assertEquals(CAP, MailboxBackoff.delay(1000, TICK, CAP));
    }

    @Test
    void aCapBelowTheTickStillWaitsOneTick() {
        assertEquals(TICK, MailboxBackoff.delay(5, TICK, Duration.ofSeconds(10)));
    }
}
