package io.docuelevate.infrastructure.mail;

import io.docuelevate.infrastructure.config.ImapSettings;
import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS client side of mail connections: an SSL context of its own (not Liberty's default, which trusts the
 * server's own key store) that trusts the JDK's CA certificates, or only the certificates of a trust store when
 * one is set (a private CA, or a test server's certificate): {@code IMAP_TRUSTSTORE_PATH} for IMAP here, the
 * e-mail destination's own through {@link #create}. Nothing trusts every certificate.
 */
@ApplicationScoped
public class MailTrust {

    @Inject
    ImapSettings settings;

    private volatile SSLSocketFactory factory;

    SSLSocketFactory socketFactory() {
        SSLSocketFactory current = factory;
        if (current == null) {
            current = create("IMAP_TRUSTSTORE_PATH", settings.truststorePath(), settings.truststorePassword());
            factory = current;
        }
        return current;
    }

    /**
     * Socket factory trusting only {@code truststore} (PKCS12, or JKS by its {@code .jks} name) when present, else
     * the JDK's CA certificates; {@code setting} names the trust store's setting in error messages.
     */
    public static SSLSocketFactory create(String setting, Optional<Path> truststore, Optional<String> password) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (truststore.isPresent()) {
                trust.init(load(
                        setting,
                        truststore.get(),
                        password.map(String::toCharArray).orElse(null)));
            } else {
                trust.init((KeyStore) null);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS with " + setting + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String setting, Path file, char[] password) throws GeneralSecurityException {
        String type = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    setting + " " + file + " cannot be read as a " + type + " trust store: " + e.getMessage());
        }
    }
}
