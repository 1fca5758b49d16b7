package io.docuelevate.infrastructure.config;

import static io.docuelevate.infrastructure.config.ConfiguredValues.configured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtectionSettingsTest {

    @Test
    void defaultsAreTheReferenceValues() {
        ProtectionSettings settings = empty();
        settings.validate();

        assertTrue(settings.rateLimitingEnabled());
        assertEquals(RateLimit.parse("X", "100/minute"), settings.defaultLimit());
        assertEquals(RateLimit.parse("X", "600/minute"), settings.uploadLimit());
        assertEquals(RateLimit.parse("X", "10/minute"), settings.authLimit());
        assertEquals(RateLimit.parse("X", "50/minute"), settings.authAddressLimit());
        assertEquals(20, settings.uploadLimitPerUser());
        assertEquals(Duration.ofSeconds(60), settings.uploadWindow());
        assertEquals(List.of(), settings.trustedProxies());
        assertFalse(settings.securityHeadersEnabled());
        assertEquals(Optional.of("max-age=31536000; includeSubDomains"), settings.hsts());
        assertEquals(Optional.of(ProtectionSettings.DEFAULT_CSP), settings.contentSecurityPolicy());
        assertTrue(settings.contentSecurityPolicy().get().contains("script-src 'self';"), "no inline scripts");
        assertEquals(Optional.of("SAMEORIGIN"), settings.frameOptions());
        assertTrue(settings.contentTypeOptions());
        assertEquals(Optional.of("strict-origin-when-cross-origin"), settings.referrerPolicy());
        assertEquals(1_073_741_824L, settings.maxUploadSize());
        assertEquals(1_048_576L, settings.maxRequestBodySize());
        assertEquals(1_074_790_400L, settings.httpMessageSizeLimit());
    }

    @Test
    void valuesAreReadQuotedAndTrimmed() {
        ProtectionSettings settings = empty();
        settings.rateLimitingEnabled = configured("'false'");
        settings.rateLimitAuth = configured("\"5/second\"");
        settings.trustedProxies = configured(" 10.0.0.0/8, ,192.168.1.10 ");
        settings.securityHeadersEnabled = configured("yes");
        settings.hstsEnabled = configured("0");
        settings.cspValue = configured("default-src 'none'");
        settings.maxUploadSize = configured("104_857_600");
        settings.uploadRateLimitPerUser = configured("0");

        assertFalse(settings.rateLimitingEnabled());
        assertEquals(RateLimit.parse("X", "5/second"), settings.authLimit());
        assertEquals(
                RateLimit.parse("X", "25/second"),
                settings.authAddressLimit(),
                "unset, five accounts' worth of RATE_LIMIT_AUTH in its window");
        settings.rateLimitAuthPerAddress = configured("30/hour");
        assertEquals(RateLimit.parse("X", "30/hour"), settings.authAddressLimit());
        assertEquals(List.of("10.0.0.0/8", "192.168.1.10"), settings.trustedProxies());
        assertTrue(settings.securityHeadersEnabled());
        assertEquals(Optional.empty(), settings.hsts());
        assertEquals(Optional.of("default-src 'none'"), settings.contentSecurityPolicy());
        assertEquals(104_857_600L, settings.maxUploadSize());
        assertEquals(0, settings.uploadLimitPerUser(), "0 switches the per-user window off");
    }

    @Test
    void mistakesNameTheSetting() {
        ProtectionSettings flag = empty();
        flag.securityHeadersEnabled = Optional.of("maybe");
        assertEquals(
                "SECURITY_HEADERS_ENABLED 'maybe' is invalid: use true or false",
                assertThrows(InvalidConfigurationException.class, flag::validate)
                        .getMessage());

        ProtectionSettings size = empty();
        size.maxRequestBodySize = Optional.of("1MB");
        assertTrue(assertThrows(InvalidConfigurationException.class, size::validate)
                .getMessage()
                .startsWith("MAX_REQUEST_BODY_SIZE '1MB' is invalid"));

        ProtectionSettings limit = empty();
        limit.rateLimitDefault = Optional.of("lots");
        assertTrue(assertThrows(InvalidConfigurationException.class, limit::validate)
                .getMessage()
                .startsWith("RATE_LIMIT_DEFAULT 'lots' is invalid"));

        ProtectionSettings injected = empty();
        injected.cspValue = Optional.of("default-src 'self'\r\nSet-Cookie: x=y");
        assertEquals(
                "SECURITY_HEADER_CSP_VALUE contains a line break or control character",
                assertThrows(InvalidConfigurationException.class, injected::validate)
                        .getMessage());
    }

    static ProtectionSettings empty() {
        ProtectionSettings settings = new ProtectionSettings();
        settings.rateLimitingEnabled = Optional.empty();
        settings.rateLimitDefault = Optional.empty();
        settings.rateLimitUpload = Optional.empty();
        settings.rateLimitAuth = Optional.empty();
        settings.rateLimitAuthPerAddress = Optional.empty();
        settings.uploadRateLimitPerUser = Optional.empty();
        settings.uploadRateLimitWindow = Optional.empty();
        settings.trustedProxies = Optional.empty();
        settings.securityHeadersEnabled = Optional.empty();
        settings.hstsEnabled = Optional.empty();
        settings.hstsValue = Optional.empty();
        settings.cspEnabled = Optional.empty();
        settings.cspValue = Optional.empty();
        settings.frameOptionsEnabled = Optional.empty();
        settings.frameOptionsValue = Optional.empty();
        settings.contentTypeOptionsEnabled = Optional.empty();
        settings.referrerPolicyEnabled = Optional.empty();
        settings.referrerPolicyValue = Optional.empty();
        settings.maxUploadSize = Optional.empty();
        settings.maxRequestBodySize = Optional.empty();
        settings.httpMessageSizeLimit = Optional.empty();
        return settings;
    }
}
