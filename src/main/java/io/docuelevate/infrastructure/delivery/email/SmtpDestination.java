package io.docuelevate.infrastructure.delivery.email;

import java.util.Objects;

/**
 * Where and how documents are mailed: the SMTP server, how the connection is secured, the sign-in (no
 * {@code username} = no sign-in), the sender and the recipient.
 */
public record SmtpDestination(
        String host, int port, Security security, String username, String password, String sender, String recipient) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** No TLS (a trusted relay on the local network); the password, if any, travels in clear. */
        PLAIN,
        /** Plain connection upgraded with STARTTLS before signing in; a server without STARTTLS is refused. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, port 465). */
        IMPLICIT_TLS;

        /** The reference's settings: port 465 is SMTPS, otherwise {@code use_tls} requires STARTTLS. */
        public static Security of(int port, boolean useTls) {
            if (port == 465) {
                return IMPLICIT_TLS;
            }
            return useTls ? STARTTLS : PLAIN;
        }
    }

    public SmtpDestination {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** "E-mail smtp.example.com:587", the start of every failure message. */
    String label() {
        return "E-mail " + host + ":" + port;
    }

    @Override
    public String toString() {
        return label() + " (" + security + ", user " + username + ", to " + recipient + ")";
    }
}
