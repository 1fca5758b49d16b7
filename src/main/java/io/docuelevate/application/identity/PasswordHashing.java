package io.docuelevate.application.identity;

/**
 * One-way hashing of local users' passwords. A port so that the sign-in rules do not depend on the
 * hashing provider; the stored text carries its own algorithm, parameters and salt.
 */
public interface PasswordHashing {

    /** A new salted hash of {@code password}, in the stored text form. */
    String hash(char[] password);

    /** Whether {@code password} matches {@code storedHash}; runs in time independent of where they differ. */
    boolean verify(char[] password, String storedHash);
}
