package io.docuelevate.infrastructure.mail;

import io.docuelevate.domain.mail.MailboxException;
import io.docuelevate.domain.mail.MailboxReader;
import io.docuelevate.domain.mail.MailboxSettings;
import io.docuelevate.infrastructure.config.ImapSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * {@link MailboxReader} on Jakarta Mail: IMAPS (TLS from the first byte) when the mailbox says SSL, otherwise
 * plain IMAP upgraded with STARTTLS whenever the server offers it. Certificates are checked against the JDK's CA
 * certificates or {@code IMAP_TRUSTSTORE_PATH}, host names always; connecting and every read are bounded by
 * {@code IMAP_TIMEOUT_SECONDS}. Bodies are fetched with PEEK, so reading never marks a message.
 */
@ApplicationScoped
public class JakartaMailboxReader implements MailboxReader {

    @Inject
    ImapSettings settings;

    @Inject
    MailTrust trust;

    @Override
    public void test(MailboxSettings mailbox) {
        try (Connection connection = open(mailbox, true)) {
            connection.unread("INBOX");
        }
    }

    @Override
    public Connection open(MailboxSettings mailbox, boolean readOnly) {
        String protocol = mailbox.ssl() ? "imaps" : "imap";
        Session session = Session.getInstance(properties(protocol, mailbox.ssl(), trust.socketFactory()));
        try {
            Store store = session.getStore(protocol);
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            return new OpenMailbox(store, readOnly);
        } catch (AuthenticationFailedException e) {
            throw new MailboxException(
                    "sign-in refused for " + mailbox.username() + " at " + mailbox.host() + ":" + mailbox.port() + " ("
                            + MailErrors.describe(e) + ")",
                    e);
        } catch (MessagingException e) {
            throw new MailboxException(
                    "cannot connect to " + mailbox.host() + ":" + mailbox.port() + ": " + MailErrors.describe(e), e);
        }
    }

    private Properties properties(String protocol, boolean ssl, SSLSocketFactory factory) {
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "peek", "true");
        properties.put(prefix + "ssl.checkserveridentity", "true");
        properties.put(prefix + "ssl.socketFactory", factory);
        if (!ssl) {
            properties.put(prefix + "starttls.enable", "true");
        }
        return properties;
    }

    /** An open store and the folders opened on it, closed together. */
    private static final class OpenMailbox implements Connection {

        private final Store store;
        private final boolean readOnly;
        private final List<Folder> opened = new ArrayList<>();

        OpenMailbox(Store store, boolean readOnly) {
            this.store = store;
            this.readOnly = readOnly;
        }

        @Override
        public List<MailboxReader.Message> unread(String name) {
            try {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    return List.of();
                }
                folder.open(readOnly ? Folder.READ_ONLY : Folder.READ_WRITE);
                opened.add(folder);
                return MailMessage.unread(folder);
            } catch (MessagingException e) {
                throw new MailboxException("cannot read folder " + name + ": " + MailErrors.describe(e), e);
            }
        }

        @Override
        public void close() {
            for (Folder folder : opened) {
                try {
                    if (folder.isOpen()) {
                        folder.close(!readOnly);
                    }
                } catch (MessagingException e) {
                    MailErrors.ignore("closing folder", e);
                }
            }
            try {
                store.close();
            } catch (MessagingException e) {
                MailErrors.ignore("closing the connection", e);
            }
        }
    }
}
