package io.docuelevate.infrastructure.security;

import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.secret.SecretCipher;
import io.docuelevate.infrastructure.config.SecuritySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretCipher} with AES-256-GCM: {@code v1:} + Base64(12-byte random nonce + ciphertext + 128-bit tag),
 * the version bound into the tag as associated data. The key is {@code SECRET_ENCRYPTION_KEY} (Base64 of 32 bytes,
 * or any other text, stretched with HKDF-SHA256), else derived from {@code SESSION_SECRET} with HKDF-SHA256 under
 * its own label, else (embedded development servers without either) a random key kept in
 * {@code WORKDIR/.secret-encryption-key}. Changing the key makes stored secrets unreadable: they are entered again.
 */
@ApplicationScoped
public class AesGcmSecretCipher implements SecretCipher {

    static final String VERSION = "v1:";
    static final String KEY_FILE = ".secret-encryption-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "docuelevate-secret-v1".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(AesGcmSecretCipher.class.getName());

    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    @Inject
    SecuritySettings settings;

    @Inject
    DocumentFiles workdir;

    /** For tests and tools: a cipher with a fixed key. */
    static AesGcmSecretCipher withKey(byte[] key) {
        AesGcmSecretCipher cipher = new AesGcmSecretCipher();
        cipher.key = new SecretKeySpec(Arrays.copyOf(key, 32), "AES");
        return cipher;
    }

    @Override
    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a v1 ciphertext");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a v1 ciphertext");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("ciphertext too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the ciphertext was altered or made with another key");
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadKey(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadKey() {
        Optional<String> configured = settings.secretEncryptionKey();
        if (configured.isPresent()) {
            return fromText(configured.get());
        }
        Optional<String> session = settings.sessionSecret().filter(s -> !s.isBlank());
        if (session.isPresent()) {
            return hkdf(session.get().getBytes(StandardCharsets.UTF_8), "session-secret");
        }
        return keyFile(workdir.root().resolve(KEY_FILE));
    }

    /** Base64 of exactly 32 bytes is the key itself; any other text is stretched. */
    static byte[] fromText(String text) {
        try {
            byte[] decoded = Base64.getDecoder().decode(text);
            if (decoded.length == 32) {
                return decoded;
            }
        } catch (IllegalArgumentException e) {
            LOG.fine("SECRET_ENCRYPTION_KEY is not Base64: stretched with HKDF");
        }
        return hkdf(text.getBytes(StandardCharsets.UTF_8), "secret-encryption-key");
    }

    /** HKDF-SHA256 (RFC 5869) with a fixed salt, one 32-byte block for {@code label}. */
    static byte[] hkdf(byte[] secret, String label) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(
                    new SecretKeySpec("docuelevate-secret-cipher".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] prk = extract.doFinal(secret);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(prk, "HmacSHA256"));
            expand.update(("aes-gcm-v1:" + label).getBytes(StandardCharsets.US_ASCII));
            expand.update((byte) 1);
            return expand.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW);
                    restrict(file);
                    LOG.warning("Neither SECRET_ENCRYPTION_KEY nor SESSION_SECRET is set: secrets at rest use a key"
                            + " created in WORKDIR/" + KEY_FILE + " (development only)");
                } catch (FileAlreadyExistsException e) {
                    LOG.fine("another replica created the key file first");
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.fine(() -> "cannot restrict " + file + ": " + e.getMessage());
        }
    }
}
