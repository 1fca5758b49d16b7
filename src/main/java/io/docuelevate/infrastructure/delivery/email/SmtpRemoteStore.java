package io.docuelevate.infrastructure.delivery.email;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.mail.MailErrors;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * The e-mail destination: every document is one message to the recipient, its title as the subject, a short text
 * naming the file, tags and correspondent, and the PDF attached under the delivered name. A mailbox keeps no names,
 * so nothing clashes and nothing can be listed, fetched or deleted. Connects to the address the {@link HostGuard}
 * answers and checks the certificate against the host name; connecting and every read are bounded by the timeout.
 */
public final class SmtpRemoteStore implements RemoteStore {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

    private final SmtpDestination destination;
    private final HostGuard hosts;
    private final SSLSocketFactory trust;
    private final Duration timeout;

    /**
     * @param trust the TLS trust (the JDK's CA certificates or a trust store, see
     *     {@link io.docuelevate.infrastructure.mail.MailTrust#create})
     */
    public SmtpRemoteStore(SmtpDestination destination, HostGuard hosts, SSLSocketFactory trust, Duration timeout) {
        this.destination = destination;
        this.hosts = hosts;
        this.trust = trust;
        this.timeout = timeout;
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        try (Transport transport = connect()) {
            MimeMessage message = message(name, document);
            transport.sendMessage(message, message.getAllRecipients());
            return true;
        } catch (MessagingException e) {
            throw failure("sending " + name, e);
        }
    }

    @Override
    public List<RemoteEntry> list() {
        return List.of();
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        throw new RemoteStoreException(destination.label() + ": mailed documents cannot be fetched back", false);
    }

    @Override
    public void delete(String name) {
        // A sent message cannot be recalled: nothing to delete.
    }

    @Override
    public void test() throws RemoteStoreException {
        try (Transport transport = connect()) {
            if (!transport.isConnected()) {
                throw new RemoteStoreException(destination.label() + ": the connection closed at once", true);
            }
        } catch (MessagingException e) {
            throw failure("connecting", e);
        }
    }

    private Transport connect() throws RemoteStoreException, MessagingException {
        InetAddress address = hosts.resolve(destination.host());
        String protocol = destination.security() == SmtpDestination.Security.IMPLICIT_TLS ? "smtps" : "smtp";
        Session session = Session.getInstance(properties(protocol));
        Transport transport = session.getTransport(protocol);
        String user = destination.username().isEmpty() ? null : destination.username();
        String password = user == null ? null : destination.password();
        try {
            transport.connect(address.getHostAddress(), destination.port(), user, password);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(transport);
            throw e;
        }
        return transport;
    }

    private Properties properties(String protocol) {
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(timeout.toMillis());
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "auth", Boolean.toString(!destination.username().isEmpty()));
        properties.put(prefix + "ssl.socketFactory", new HostNameTls(trust, destination.host()));
        // The JDK checks the host name during the handshake (HostNameTls); Jakarta Mail would check the address.
        properties.put(prefix + "ssl.checkserveridentity", "false");
        if (destination.security() == SmtpDestination.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        return properties;
    }

    private MimeMessage message(String name, DeliveredDocument document)
            throws MessagingException, RemoteStoreException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(address("sender", destination.sender()));
        message.setRecipient(Message.RecipientType.TO, address("recipient", destination.recipient()));
        String title = document.title() == null || document.title().isBlank() ? name : document.title();
        message.setSubject(title, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body(name, document), "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        try {
            attachment.attachFile(document.file().toFile(), "application/pdf", "base64");
        } catch (IOException e) {
            throw new RemoteStoreException(
                    destination.label() + ": cannot read " + document.file().getFileName() + ": " + e.getMessage(),
                    false,
                    e);
        }
        attachment.setFileName(name);
        MimeMultipart content = new MimeMultipart();
        content.addBodyPart(text);
        content.addBodyPart(attachment);
        message.setContent(content);
        message.saveChanges();
        return message;
    }

    static String body(String name, DeliveredDocument document) {
        StringBuilder body = new StringBuilder("File: ").append(name).append('\n');
        if (!document.tags().isEmpty()) {
            body.append("Tags: ").append(String.join(", ", document.tags())).append('\n');
        }
        if (document.correspondent() != null && !document.correspondent().isBlank()) {
            body.append("Correspondent: ").append(document.correspondent()).append('\n');
        }
        return body.toString();
    }

    private InternetAddress address(String role, String value) throws RemoteStoreException {
        try {
            return new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new RemoteStoreException(
                    destination.label() + ": the " + role + " address '" + value + "' is invalid", false, e);
        }
    }

    private RemoteStoreException failure(String action, MessagingException e) {
        String cause = MailErrors.describe(e);
        if (e instanceof AuthenticationFailedException) {
            return new RemoteStoreException(
                    destination.label() + ": sign-in refused for user " + destination.username() + " (" + cause + ")",
                    false,
                    e);
        }
        return new RemoteStoreException(destination.label() + ": " + action + " failed: " + cause, isTransient(e), e);
    }

    /**
     * Retrying helps when the connection failed or broke (but not a refused certificate) or the server answered
     * a 4xx reply (busy, mailbox temporarily unavailable); a 5xx reply or a missing STARTTLS needs a change.
     */
    static boolean isTransient(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException) {
                return false;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t.getMessage() != null) {
                Matcher code = REPLY_CODE.matcher(t.getMessage());
                if (code.find()) {
                    return code.group(1).equals("4");
                }
            }
        }
        return false;
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The connection failed already; the first error is the one reported.
        }
    }
}
