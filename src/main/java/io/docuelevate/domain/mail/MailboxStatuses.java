package io.docuelevate.domain.mail;

import java.util.Map;

/** Port: each mailbox's last outcome, written by the replica that polled, read by health on any replica. */
public interface MailboxStatuses {

    void recordSuccess(String mailbox);

    /** Records the failure and answers the failures in a row, this one included. */
    int recordFailure(String mailbox, String error);

    /** Every recorded mailbox by key. */
    Map<String, MailboxStatus> all();

    void remove(String mailbox);
}
