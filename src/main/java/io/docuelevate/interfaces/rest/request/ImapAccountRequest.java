package io.docuelevate.interfaces.rest.request;

import io.docuelevate.application.mail.ImapAccounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mailbox to create, change or test. {@code host} and {@code username} are required; {@code password} is
 * required to create or test and kept when absent on a change; the rest take the reference's defaults.
 */
public record ImapAccountRequest(
        @Schema(description = "shown name; username@host when absent")
        String name,

        @Schema(description = "IMAP server host name or address", required = true)
        String host,

        @Schema(description = "993 (143 with use_ssl false) when absent")
        Integer port,

        @Schema(required = true) String username,

        @Schema(description = "stored encrypted, never answered", writeOnly = true)
        String password,

        @Schema(description = "IMAPS (TLS) when true (default); STARTTLS if offered when false")
        Boolean useSsl,

        @Schema(description = "delete messages after their attachments are stored (default false)")
        Boolean deleteAfterProcess,

        @Schema(description = "polled when true (default)") Boolean isActive)
        implements JsonRequest {

    public ImapAccounts.Input input() {
        return new ImapAccounts.Input(name, host, port, username, password, useSsl, deleteAfterProcess, isActive);
    }
}
