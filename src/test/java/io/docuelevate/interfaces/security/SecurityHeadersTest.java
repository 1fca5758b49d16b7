package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.infrastructure.config.ProtectionSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void disabledMeansNoHeadersAtAll() {
        assertEquals(
                Map.of(),
                SecurityHeaders.build(
                        false,
                        Optional.of("max-age=1"),
                        Optional.of("default-src 'self'"),
                        Optional.of("DENY"),
                        true,
                        Optional.of("no-referrer")));
    }

    @Test
    void enabledWithTheDefaultsGivesTheProductionGuideHeaders() {
        Map<String, String> headers = SecurityHeaders.build(
                true,
                Optional.of(ProtectionSettings.DEFAULT_HSTS),
                Optional.of(ProtectionSettings.DEFAULT_CSP),
                Optional.of(ProtectionSettings.DEFAULT_FRAME_OPTIONS),
                true,
                Optional.of(ProtectionSettings.DEFAULT_REFERRER_POLICY));
        assertEquals(
                List.of(
                        "Strict-Transport-Security",
                        "Content-Security-Policy",
                        "X-Frame-Options",
                        "X-Content-Type-Options",
                        "Referrer-Policy"),
                List.copyOf(headers.keySet()));
        assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
        assertEquals(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                        + "font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
                headers.get("Content-Security-Policy"));
        assertEquals("SAMEORIGIN", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void eachHeaderCanBeSwitchedOffOnItsOwn() {
        Map<String, String> headers = SecurityHeaders.build(
                true, Optional.empty(), Optional.of("default-src 'none'"), Optional.empty(), false, Optional.empty());
        assertEquals(Map.of("Content-Security-Policy", "default-src 'none'"), headers);
    }
}
