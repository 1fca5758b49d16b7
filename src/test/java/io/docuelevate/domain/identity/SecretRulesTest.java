package io.docuelevate.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRulesTest {

    @Test
    void strongSecretsPass() {
        assertEquals(
                Optional.empty(),
                SecretRules.sessionSecretProblem("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        assertEquals(Optional.empty(), SecretRules.adminPasswordProblem("Tr4m-Kiel-Wolke-93"));
    }

    @Test
    void missingAndShortSecretsSayWhatIsNeeded() {
        assertTrue(SecretRules.sessionSecretProblem(null).orElseThrow().contains("not set"));
        assertTrue(SecretRules.sessionSecretProblem("short").orElseThrow().contains("5 characters, at least 32"));
        assertTrue(SecretRules.adminPasswordProblem("").orElseThrow().contains("not set"));
        assertTrue(SecretRules.adminPasswordProblem("Zq8#vL2").orElseThrow().contains("at least 12"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "change-me-change-me-change-me-change-me",
                "your-secret-key-here-please-32chars!!",
                "CHANGEME0123456789012345678901234",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "insecure-development-secret-key-1234"
            })
    void placeholdersAreRefused(String value) {
        assertTrue(SecretRules.sessionSecretProblem(value).orElseThrow().contains("placeholder"), value);
    }

    @Test
    void placeholderAdminPasswordIsRefused() {
        assertTrue(SecretRules.adminPasswordProblem("ChangeMe-Now-2026")
                .orElseThrow()
                .contains("placeholder"));
        assertTrue(SecretRules.adminPasswordProblem("password12345678")
                .orElseThrow()
                .contains("placeholder"));
    }
}
