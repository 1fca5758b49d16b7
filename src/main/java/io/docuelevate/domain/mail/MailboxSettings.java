package io.docuelevate.domain.mail;

/**
 * How to reach one mailbox: a system mailbox ({@code IMAP1}, {@code IMAP2}) or a user's account
 * ({@code account:<id>}). {@code ownerId} is whom its documents belong to ({@code null}: nobody, as uploads with
 * authentication off). The password never shows in {@link #toString()}.
 */
public record MailboxSettings(
        String key,
        String ownerId,
        String host,
        int port,
        String username,
        String password,
        boolean ssl,
        boolean deleteAfterProcess) {

    /** The mailbox key of a user's account. */
    public static String accountKey(long accountId) {
        return "account:" + accountId;
    }

    public boolean isSystem() {
        return !key.startsWith("account:");
    }

    @Override
    public String toString() {
        return key + " (" + username + "@" + host + ":" + port + (ssl ? ", TLS" : ", STARTTLS if offered") + ")";
    }
}
