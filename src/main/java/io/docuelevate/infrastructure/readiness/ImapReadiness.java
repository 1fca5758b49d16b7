package io.docuelevate.infrastructure.readiness;

import io.docuelevate.application.readiness.ReadinessItem;
import io.docuelevate.application.readiness.ReadinessSource;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.infrastructure.mail.ImapHealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Readiness item {@code imap_mailboxes}: passes when every system mailbox's last poll worked (or none is
 * configured), warns with the failing mailboxes' errors otherwise. Read from the recorded states, so any replica
 * reports what the worker replicas saw.
 */
@ApplicationScoped
public class ImapReadiness implements ReadinessSource {

    static final String ID = "imap_mailboxes";
    static final String TITLE = "E-mail ingestion: every mailbox reachable";

    @Inject
    ImapHealthProbe probe;

    @Override
    public List<ReadinessItem> items(Instant now) {
        ComponentHealth health = probe.probe();
        return List.of(
                switch (health.status()) {
                    case NOT_CONFIGURED ->
                        new ReadinessItem(
                                ID,
                                TITLE,
                                ReadinessItem.Status.PASS,
                                "no system mailbox (IMAP1_HOST, IMAP2_HOST) is set",
                                "");
                    case OK ->
                        new ReadinessItem(
                                ID,
                                TITLE,
                                ReadinessItem.Status.PASS,
                                "every system mailbox answered its last poll",
                                "");
                    case DEGRADED, ERROR ->
                        new ReadinessItem(
                                ID,
                                TITLE,
                                ReadinessItem.Status.WARN,
                                health.detail(),
                                "Check IMAPn_HOST, IMAPn_PORT, IMAPn_USERNAME, IMAPn_PASSWORD and IMAPn_SSL; the mailbox is tried"
                                        + " again with a growing pause (at most IMAP_BACKOFF_MAX_SECONDS).");
                });
    }
}
