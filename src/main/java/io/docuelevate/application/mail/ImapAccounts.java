package io.docuelevate.application.mail;

import io.docuelevate.application.delivery.IntegrationHosts;
import io.docuelevate.application.mail.ImapAccountException.Reason;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.domain.mail.ImapAccount;
import io.docuelevate.domain.mail.ImapAccountRepository;
import io.docuelevate.domain.mail.MailboxException;
import io.docuelevate.domain.mail.MailboxReader;
import io.docuelevate.domain.mail.MailboxSettings;
import io.docuelevate.domain.mail.MailboxStatus;
import io.docuelevate.domain.mail.MailboxStatuses;
import io.docuelevate.domain.secret.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Users' mailboxes: list, create, change, delete and test, always within the caller's own accounts (someone
 * else's is not found). The password is encrypted with {@link SecretCipher} before it is stored and is never
 * answered; a change without a password keeps the stored one. Hosts pass {@link IntegrationHosts} when an account
 * is saved, tested and polled, so a mailbox cannot reach the server's own network.
 */
@ApplicationScoped
public class ImapAccounts {

    static final int MAX_TEXT = 255;
    static final int MAX_PASSWORD = 1024;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    private static final Logger LOG = Logger.getLogger(ImapAccounts.class.getName());

    @Inject
    ImapAccountRepository repository;

    @Inject
    SecretCipher cipher;

    @Inject
    MailboxReader reader;

    @Inject
    MailboxStatuses statuses;

    @Inject
    IntegrationHosts hosts;

    /** What a request gives; {@code null} parts take their defaults (create) or keep nothing but the password (change). */
    public record Input(
            String name,
            String host,
            Integer port,
            String username,
            String password,
            Boolean useSsl,
            Boolean deleteAfterProcess,
            Boolean isActive) {}

    /** An account as answered, with how its mailbox fared ({@code null}: not polled yet). */
    public record View(ImapAccount account, MailboxStatus status) {}

    /** The outcome of a connection test. */
    public record TestResult(boolean success, String message) {}

    public List<View> list(String ownerId) {
        Map<String, MailboxStatus> all = statuses.all();
        return repository.list(ownerId).stream()
                .map(a -> new View(a, all.get(MailboxSettings.accountKey(a.getId()))))
                .toList();
    }

    public View get(String ownerId, long id) {
        return view(find(ownerId, id));
    }

    public View create(String ownerId, Input input) {
        ImapAccount account = new ImapAccount(ownerId);
        apply(account, input, true);
        return view(repository.add(account));
    }

    public View update(String ownerId, long id, Input input) {
        ImapAccount account = find(ownerId, id);
        apply(account, input, false);
        return view(repository.update(account));
    }

    public void delete(String ownerId, long id) {
        ImapAccount account = find(ownerId, id);
        repository.remove(account);
        statuses.remove(MailboxSettings.accountKey(id));
    }

    /** Signs in to a stored account. */
    public TestResult test(String ownerId, long id) {
        return test(settingsOf(find(ownerId, id)));
    }

    /** Signs in with settings not stored (the form's "test before saving"). */
    public TestResult test(Input input) {
        ImapAccount probe = new ImapAccount("");
        apply(probe, input, true);
        return test(new MailboxSettings(
                "test",
                null,
                probe.getHost(),
                probe.getPort(),
                probe.getUsername(),
                input.password(),
                probe.isUseSsl(),
                false));
    }

    /** Every active account as a mailbox to poll; documents of single-user accounts have no owner. */
    public List<MailboxSettings> activeMailboxes() {
        return repository.active().stream()
                .flatMap(account -> {
                    Optional<String> refused = refusal(account.getHost());
                    if (refused.isPresent()) {
                        statuses.recordFailure(MailboxSettings.accountKey(account.getId()), refused.get());
                        return Stream.empty();
                    }
                    try {
                        return Stream.of(settingsOf(account));
                    } catch (IllegalArgumentException e) {
                        LOG.warning(() -> "IMAP account " + account.getId()
                                + ": the stored password cannot be decrypted (SECRET_ENCRYPTION_KEY changed?)");
                        statuses.recordFailure(
                                MailboxSettings.accountKey(account.getId()),
                                "the stored password cannot be decrypted; enter it again");
                        return Stream.empty();
                    }
                })
                .toList();
    }

    private TestResult test(MailboxSettings settings) {
        Optional<String> refused = refusal(settings.host());
        if (refused.isPresent()) {
            return new TestResult(false, refused.get());
        }
        try {
            reader.test(settings);
            return new TestResult(true, "Connection successful");
        } catch (MailboxException e) {
            return new TestResult(false, e.getMessage());
        }
    }

    /**
     * Why a user's mailbox may not connect to {@code host} ({@link IntegrationHosts}: no local or private address
     * unless allowed), empty when it may; a host that cannot be resolved now is left to the connection to report.
     */
    private Optional<String> refusal(String host) {
        try {
            hosts.resolve(host);
            return Optional.empty();
        } catch (RemoteStoreException e) {
            return e.isTransient() ? Optional.empty() : Optional.of(e.getMessage());
        }
    }

    private MailboxSettings settingsOf(ImapAccount account) {
        String password = account.hasPassword() ? cipher.decrypt(account.getEncryptedPassword()) : "";
        return new MailboxSettings(
                MailboxSettings.accountKey(account.getId()),
                account.getOwnerId().isEmpty() ? null : account.getOwnerId(),
                account.getHost(),
                account.getPort(),
                account.getUsername(),
                password,
                account.isUseSsl(),
                account.isDeleteAfterProcess());
    }

    private ImapAccount find(String ownerId, long id) {
        return repository
                .find(ownerId, id)
                .orElseThrow(() -> new ImapAccountException(Reason.NOT_FOUND, "IMAP account not found"));
    }

    private View view(ImapAccount account) {
        return new View(account, statuses.all().get(MailboxSettings.accountKey(account.getId())));
    }

    private void apply(ImapAccount account, Input input, boolean creating) {
        String host = text("host", input.host(), true);
        if (!HOST.matcher(host).matches()) {
            throw new ImapAccountException(Reason.INVALID, "host must be a host name or address, got '" + host + "'");
        }
        Optional<String> refused = refusal(host);
        if (refused.isPresent()) {
            throw new ImapAccountException(Reason.INVALID, refused.get());
        }
        int port = input.port() == null ? (Boolean.FALSE.equals(input.useSsl()) ? 143 : 993) : input.port();
        if (port < 1 || port > 65535) {
            throw new ImapAccountException(Reason.INVALID, "port must be between 1 and 65535");
        }
        String username = text("username", input.username(), true);
        String password = input.password();
        if (password != null && (password.isEmpty() || password.length() > MAX_PASSWORD)) {
            throw new ImapAccountException(Reason.INVALID, "password must be 1–" + MAX_PASSWORD + " characters");
        }
        if (creating && password == null) {
            throw new ImapAccountException(Reason.INVALID, "password is required");
        }
        account.change(
                Optional.ofNullable(text("name", input.name(), false)).orElse(username + "@" + host),
                host,
                port,
                username,
                password == null ? null : cipher.encrypt(password),
                !Boolean.FALSE.equals(input.useSsl()),
                Boolean.TRUE.equals(input.deleteAfterProcess()),
                !Boolean.FALSE.equals(input.isActive()));
    }

    private static String text(String field, String value, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw new ImapAccountException(Reason.INVALID, field + " is required");
            }
            return null;
        }
        if (stripped.length() > MAX_TEXT) {
            throw new ImapAccountException(Reason.INVALID, field + " must be at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }
}
