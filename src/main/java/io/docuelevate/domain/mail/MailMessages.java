package io.docuelevate.domain.mail;

import io.docuelevate.domain.processing.DocumentRejectedException;
import java.nio.file.Path;

/** Port: reads a stored e-mail ({@code .eml}, RFC 822/MIME) into its headers, body and attachments. */
public interface MailMessages {

    /**
     * Parses {@code eml}; attachments are read lazily while the returned message is open.
     *
     * @throws DocumentRejectedException the file is not a readable e-mail
     */
    MailMessage read(Path eml) throws DocumentRejectedException;
}
