package io.docuelevate.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {

    private final AesGcmSecretCipher cipher = AesGcmSecretCipher.withKey(new byte[32]);

    @Test
    void roundTripsWithAVersionPrefixAndAFreshNonceEachTime() {
        String first = cipher.encrypt("Pässwort 1");
        String second = cipher.encrypt("Pässwort 1");
        assertTrue(first.startsWith("v1:"), first);
        assertFalse(first.contains("Pässwort"), first);
        assertNotEquals(first, second, "random nonce");
        assertEquals("Pässwort 1", cipher.decrypt(first));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
    }

    @Test
    void refusesAlteredValuesOtherKeysAndUnknownVersions() {
        String sealed = cipher.encrypt("secret");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(altered));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThrows(
                IllegalArgumentException.class,
                () -> AesGcmSecretCipher.withKey(otherKey).decrypt(sealed));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("v2:" + sealed.substring(3)));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("v1:not base64!"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("v1:AAAA"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(null));
    }

    @Test
    void keysComeFromBase64OrAreStretchedPerLabel() {
        byte[] key = new byte[32];
        key[5] = 42;
        assertArrayEquals(key, AesGcmSecretCipher.fromText(Base64.getEncoder().encodeToString(key)));
        byte[] stretched = AesGcmSecretCipher.fromText("a passphrase");
        assertEquals(32, stretched.length);
        assertArrayEquals(stretched, AesGcmSecretCipher.fromText("a passphrase"), "deterministic");
        byte[] secret = "session".getBytes(StandardCharsets.UTF_8);
        assertFalse(Arrays.equals(
                AesGcmSecretCipher.hkdf(secret, "session-secret"),
                AesGcmSecretCipher.hkdf(secret, "secret-encryption-key")));
    }
}
