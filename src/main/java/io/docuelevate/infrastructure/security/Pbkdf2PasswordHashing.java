package io.docuelevate.infrastructure.security;

import io.docuelevate.application.identity.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Password hashing by Jakarta Security's PBKDF2 implementation: HMAC-SHA512, 210 000 iterations, 16-byte salt. */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PARAMETERS);
    }

    @Override
    public String hash(char[] password) {
        return passwordHash.generate(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return passwordHash.verify(password, storedHash);
    }
}
