package io.docuelevate.domain.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One e-mail: the headers people read (From, To, Cc, Date, Subject, as written in the message), the body as
 * plain text and/or HTML (either may be {@code null}) and the attachments. Close it when done: attachments are
 * read from the file while it is open.
 */
public interface MailMessage extends AutoCloseable {

    String from();

    String to();

    String cc();

    String date();

    String subject();

    /** The plain-text body, or {@code null}. */
    String text();

    /** The HTML body as the sender wrote it (unsanitised), or {@code null}. */
    String html();

    List<Attachment> attachments();

    @Override
    void close();

    /** A file attached to the message: its name as the sender gave it, and its decoded content. */
    interface Attachment {

        String filename();

        InputStream open() throws IOException;
    }
}
