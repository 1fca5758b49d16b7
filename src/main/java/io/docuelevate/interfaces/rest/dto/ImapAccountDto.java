package io.docuelevate.interfaces.rest.dto;

import io.docuelevate.application.mail.ImapAccounts;
import io.docuelevate.domain.mail.ImapAccount;
import io.docuelevate.domain.mail.MailboxStatus;

/**
 * One mailbox as answered: its settings, {@code has_password} instead of the password, and how its last poll
 * went ({@code last_checked_at}, {@code last_error}).
 */
public record ImapAccountDto(
        long id,
        String name,
        String host,
        int port,
        String username,
        boolean useSsl,
        boolean deleteAfterProcess,
        Long profileId,
        boolean isActive,
        boolean hasPassword,
        String lastCheckedAt,
        String lastError,
        String createdAt,
        String updatedAt) {

    public static ImapAccountDto from(ImapAccounts.View view) {
        ImapAccount a = view.account();
        MailboxStatus s = view.status();
        return new ImapAccountDto(
                a.getId(),
                a.getName(),
                a.getHost(),
                a.getPort(),
                a.getUsername(),
                a.isUseSsl(),
                a.isDeleteAfterProcess(),
                a.getProfileId(),
                a.isActive(),
                a.hasPassword(),
                s == null || s.lastCheckedAt() == null
                        ? null
                        : s.lastCheckedAt().toString(),
                s == null ? null : s.lastError(),
                Timestamps.iso(a.getCreatedAt()),
                Timestamps.iso(a.getUpdatedAt()));
    }
}
