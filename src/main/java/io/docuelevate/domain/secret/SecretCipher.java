package io.docuelevate.domain.secret;

/**
 * Encrypts a secret for storage and decrypts it for use. Ciphertexts carry a version prefix so the scheme can
 * change without breaking stored values; a ciphertext that was altered or made with another key is refused.
 */
public interface SecretCipher {

    /** The stored form of {@code plaintext}: different on every call (random nonce). */
    String encrypt(String plaintext);

    /**
     * The plaintext of a value made by {@link #encrypt}.
     *
     * @throws IllegalArgumentException the value is not a ciphertext of this key (altered, other key, unknown version)
     */
    String decrypt(String ciphertext);
}
