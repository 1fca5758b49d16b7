package io.docuelevate.infrastructure.mail;

import io.docuelevate.application.mail.ImapAccounts;
import io.docuelevate.application.mail.ImapOptions;
import io.docuelevate.application.mail.MailIngest;
import io.docuelevate.application.mail.MailboxBackoff;
import io.docuelevate.application.system.MaintenanceState;
import io.docuelevate.application.system.StartupState;
import io.docuelevate.domain.mail.MailboxSettings;
import io.docuelevate.domain.mail.MailboxStatuses;
import io.docuelevate.infrastructure.cluster.LocalHost;
import io.docuelevate.infrastructure.config.CoreSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls every mailbox (system {@code IMAP1}/{@code IMAP2} and every active user account) on replicas that run
 * scheduled jobs ({@code DOCUELEVATE_ROLE} {@code all} or {@code worker}), once every {@code IMAP_POLL_SECONDS}.
 * Each mailbox runs as its own task on the managed executor, so a slow or failing one never holds the others up;
 * one that fails is tried again after an exponential back-off ({@link MailboxBackoff}) and its error is recorded
 * for health and the readiness report. Replicas may poll the same mailbox: the message claims keep it exact.
 */
@ApplicationScoped
public class ImapPoller {

    private static final Logger LOG = Logger.getLogger(ImapPoller.class.getName());

    @Resource(lookup = "concurrent/scheduler")
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImapOptions options;

    @Inject
    ImapAccounts accounts;

    @Inject
    MailIngest ingest;

    @Inject
    MailboxStatuses statuses;

    @Inject
    CoreSettings core;

    @Inject
    StartupState startup;

    @Inject
    MaintenanceState maintenance;

    private final String worker = workerName();
    private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> ticking;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 340) Startup event) {
        if (!startup.isStarted() || core.role() == CoreSettings.Role.API) {
            return;
        }
        long tick = options.pollTick().toMillis();
        ticking = scheduler.scheduleWithFixedDelay(this::tick, Math.min(tick, 5000), tick, TimeUnit.MILLISECONDS);
        LOG.info(() -> "IMAP polling every " + options.pollTick().toSeconds() + " s: "
                + options.systemMailboxes().size() + " system mailbox(es) and the users' active accounts"
                + (options.readOnly() ? " (IMAP_READONLY_MODE: messages are never marked)" : ""));
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            if (maintenance.restoreInProgress()) {
                return;
            }
            List<MailboxSettings> mailboxes = new ArrayList<>(options.systemMailboxes());
            mailboxes.addAll(accounts.activeMailboxes());
            Instant now = Instant.now();
            for (MailboxSettings mailbox : mailboxes) {
                Instant due = notBefore.get(mailbox.key());
                if ((due == null || !now.isBefore(due)) && running.add(mailbox.key())) {
                    executor.execute(() -> poll(mailbox));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IMAP poll round failed: " + e.getMessage());
        }
    }

    private void poll(MailboxSettings mailbox) {
        try {
            int created = ingest.poll(mailbox, worker);
            statuses.recordSuccess(mailbox.key());
            notBefore.remove(mailbox.key());
            if (created > 0) {
                LOG.info(() -> "IMAP " + mailbox.key() + ": " + created + " document(s) ingested");
            }
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int failures = statuses.recordFailure(mailbox.key(), error);
            Duration delay = MailboxBackoff.delay(failures, options.pollTick(), options.maxBackoff());
            notBefore.put(mailbox.key(), Instant.now().plus(delay));
            LOG.warning(() -> "IMAP " + mailbox + " failed (" + failures + " in a row, next try in " + delay.toSeconds()
                    + " s): " + error);
        } finally {
            running.remove(mailbox.key());
        }
    }

    private static String workerName() {
        return LocalHost.name() + ":imap:" + UUID.randomUUID().toString().substring(0, 8);
    }
}
