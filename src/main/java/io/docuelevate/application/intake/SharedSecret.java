package io.docuelevate.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The machine-intake shared secret ({@code X-DocuElevate-Intake-Secret} against {@code
 * DOCUMENT_INTAKE_SHARED_SECRET}): compared in constant time (SHA-256 of both, then {@link MessageDigest#isEqual}),
 * so neither the length nor a common prefix shows in the timing. With no secret configured every presented value
 * is refused.
 */
@ApplicationScoped
public class SharedSecret {

    /** The request header that carries the secret, as in the reference. */
    public static final String HEADER = "X-DocuElevate-Intake-Secret";

    @Inject
    IntakeOptions options;

    /** The owner id the intake acts for when {@code presented} is the configured secret; empty otherwise. */
    public Optional<String> ownerFor(String presented) {
        Optional<String> secret = options.intakeSharedSecret();
        if (secret.isEmpty() || presented == null) {
            return Optional.empty();
        }
        return matches(secret.get(), presented) ? Optional.of(options.intakeSharedOwnerId()) : Optional.empty();
    }

    /** Whether a secret is configured at all (the refusal says which case applies). */
    public boolean configured() {
        return options.intakeSharedSecret().isPresent();
    }

    static boolean matches(String expected, String presented) {
        return MessageDigest.isEqual(sha256(expected), sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
