package io.docuelevate.domain.mail;

/** A mailbox could not be reached or read (host down, wrong password, time limit, protocol error). */
public class MailboxException extends RuntimeException {

    public MailboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
