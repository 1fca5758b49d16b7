package io.docuelevate.domain.mail;

import java.time.Instant;

/** How a mailbox fared: last poll, last success, the error of the last poll if it failed, failures in a row. */
public record MailboxStatus(
        String mailbox, Instant lastCheckedAt, Instant lastSuccessAt, String lastError, int failures) {

    public boolean failing() {
        return lastError != null;
    }
}
