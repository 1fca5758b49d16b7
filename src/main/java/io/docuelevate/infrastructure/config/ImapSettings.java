package io.docuelevate.infrastructure.config;

import io.docuelevate.application.mail.ImapOptions;
import io.docuelevate.domain.mail.MailboxSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * IMAP ingestion settings: the reference's system mailboxes {@code IMAP1_*} and {@code IMAP2_*},
 * {@code IMAP_READONLY_MODE} and {@code IMAP_ATTACHMENT_FILTER}, plus our folders, poll tick, back-off cap,
 * time limit and trust store.
 */
@ApplicationScoped
public class ImapSettings implements ImapOptions {

    @Inject
    @ConfigProperty(name = "IMAP1_HOST")
    Optional<String> imap1Host;

    @Inject
    @ConfigProperty(name = "IMAP1_PORT")
    int imap1Port;

    @Inject
    @ConfigProperty(name = "IMAP1_USERNAME")
    Optional<String> imap1Username;

    @Inject
    @ConfigProperty(name = "IMAP1_PASSWORD")
    Optional<String> imap1Password;

    @Inject
    @ConfigProperty(name = "IMAP1_SSL")
    boolean imap1Ssl;

    @Inject
    @ConfigProperty(name = "IMAP1_POLL_INTERVAL_MINUTES")
    int imap1PollIntervalMinutes;

    @Inject
    @ConfigProperty(name = "IMAP1_DELETE_AFTER_PROCESS")
    boolean imap1DeleteAfterProcess;

    @Inject
    @ConfigProperty(name = "IMAP2_HOST")
    Optional<String> imap2Host;

    @Inject
    @ConfigProperty(name = "IMAP2_PORT")
    int imap2Port;

    @Inject
    @ConfigProperty(name = "IMAP2_USERNAME")
    Optional<String> imap2Username;

    @Inject
    @ConfigProperty(name = "IMAP2_PASSWORD")
    Optional<String> imap2Password;

    @Inject
    @ConfigProperty(name = "IMAP2_SSL")
    boolean imap2Ssl;

    @Inject
    @ConfigProperty(name = "IMAP2_POLL_INTERVAL_MINUTES")
    int imap2PollIntervalMinutes;

    @Inject
    @ConfigProperty(name = "IMAP2_DELETE_AFTER_PROCESS")
    boolean imap2DeleteAfterProcess;

    @Inject
    @ConfigProperty(name = "IMAP_READONLY_MODE")
    boolean readOnly;

    @Inject
    @ConfigProperty(name = "IMAP_ATTACHMENT_FILTER")
    String attachmentFilter;

    @Inject
    @ConfigProperty(name = "IMAP_FOLDERS")
    String folders;

    @Inject
    @ConfigProperty(name = "IMAP_POLL_SECONDS")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "IMAP_BACKOFF_MAX_SECONDS")
    int backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "IMAP_TIMEOUT_SECONDS")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "IMAP_TRUSTSTORE_PATH")
    Optional<String> truststorePath;

    @Inject
    @ConfigProperty(name = "IMAP_TRUSTSTORE_PASSWORD")
    Optional<String> truststorePassword;

    @Override
    public List<MailboxSettings> systemMailboxes() {
        List<MailboxSettings> mailboxes = new ArrayList<>();
        mailbox("IMAP1", imap1Host, imap1Port, imap1Username, imap1Password, imap1Ssl, imap1DeleteAfterProcess)
                .ifPresent(mailboxes::add);
        mailbox("IMAP2", imap2Host, imap2Port, imap2Username, imap2Password, imap2Ssl, imap2DeleteAfterProcess)
                .ifPresent(mailboxes::add);
        return mailboxes;
    }

    private static Optional<MailboxSettings> mailbox(
            String key,
            Optional<String> host,
            int port,
            Optional<String> username,
            Optional<String> password,
            boolean ssl,
            boolean delete) {
        Optional<String> h = host.map(String::trim).filter(s -> !s.isEmpty());
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (port < 1 || port > 65535) {
            throw new InvalidConfigurationException(key + "_PORT must be between 1 and 65535, got " + port);
        }
        return Optional.of(
                new MailboxSettings(key, null, h.get(), port, username.orElse(""), password.orElse(""), ssl, delete));
    }

    /** {@code IMAPn_POLL_INTERVAL_MINUTES}: shown only, as in the reference (every mailbox is polled each tick). */
    public int pollIntervalMinutes(String key) {
        return "IMAP2".equals(key) ? imap2PollIntervalMinutes : imap1PollIntervalMinutes;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public AttachmentFilter attachmentFilter() {
        String value = attachmentFilter.trim().toUpperCase(Locale.ROOT);
        try {
            return AttachmentFilter.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    "IMAP_ATTACHMENT_FILTER '" + attachmentFilter + "' is invalid: use documents_only or all");
        }
    }

    @Override
    public List<String> folders() {
        List<String> list = Arrays.stream(folders.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        return list.isEmpty() ? List.of("INBOX") : list;
    }

    @Override
    public Duration pollTick() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofSeconds(Math.max(1, backoffMaxSeconds));
    }

    /** The time limit of connecting and of every read from the server. */
    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    /** A trust store (PKCS12 or JKS) for IMAP servers instead of the JDK's CA certificates. */
    public Optional<Path> truststorePath() {
        return truststorePath.map(String::trim).filter(s -> !s.isEmpty()).map(Path::of);
    }

    public Optional<String> truststorePassword() {
        return truststorePassword;
    }
}
