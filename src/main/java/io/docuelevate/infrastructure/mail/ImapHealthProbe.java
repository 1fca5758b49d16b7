package io.docuelevate.infrastructure.mail;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.domain.mail.MailboxSettings;
import io.docuelevate.domain.mail.MailboxStatus;
import io.docuelevate.domain.mail.MailboxStatuses;
import io.docuelevate.infrastructure.config.ImapSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code checks.imap} of the health answers: each system mailbox's last poll as recorded by whichever replica
 * polled it ({@code ok}, {@code error} with the reason, or {@code pending} before the first poll), and how many
 * users' accounts fail. A failing system mailbox degrades the server; users' accounts are only counted (their
 * owners see the error on {@code /api/imap-accounts}). Not configured without any mailbox.
 */
@ApplicationScoped
public class ImapHealthProbe implements HealthProbe {

    @Inject
    ImapSettings settings;

    @Inject
    MailboxStatuses statuses;

    @Override
    public String name() {
        return "imap";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        List<MailboxSettings> system = settings.systemMailboxes();
        Map<String, MailboxStatus> recorded;
        try {
            recorded = statuses.all();
        } catch (RuntimeException e) {
            return ComponentHealth.error("mailbox states cannot be read: " + e.getMessage());
        }
        long accounts =
                recorded.keySet().stream().filter(k -> k.startsWith("account:")).count();
        if (system.isEmpty() && accounts == 0) {
            return ComponentHealth.notConfigured();
        }
        long accountsFailing = recorded.entrySet().stream()
                .filter(e -> e.getKey().startsWith("account:") && e.getValue().failing())
                .count();
        Map<String, Object> mailboxes = new LinkedHashMap<>();
        List<String> failing = new ArrayList<>();
        for (MailboxSettings mailbox : system) {
            MailboxStatus status = recorded.get(mailbox.key());
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("status", status == null ? "pending" : status.failing() ? "error" : "ok");
            facts.put("host", mailbox.host() + ":" + mailbox.port());
            facts.put("poll_interval_minutes", settings.pollIntervalMinutes(mailbox.key()));
            if (status != null) {
                facts.put("last_checked_at", String.valueOf(status.lastCheckedAt()));
                if (status.lastSuccessAt() != null) {
                    facts.put("last_success_at", status.lastSuccessAt().toString());
                }
                if (status.failing()) {
                    facts.put("last_error", status.lastError());
                    facts.put("failures", status.failures());
                    failing.add(mailbox.key() + ": " + status.lastError());
                }
            }
            mailboxes.put(mailbox.key(), facts);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("mailboxes", mailboxes);
        facts.put("user_accounts", accounts);
        facts.put("user_accounts_failing", accountsFailing);
        if (!failing.isEmpty()) {
            return ComponentHealth.degraded(String.join("; ", failing), facts);
        }
        return ComponentHealth.ok(facts);
    }
}
