package io.docuelevate.interfaces.security;

import io.docuelevate.application.ratelimit.RequestProtectionSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The response headers {@code SECURITY_HEADERS_ENABLED} adds (off by default: most deployments sit behind
 * a proxy that adds them). Each header can be switched off or given another value on its own.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static Map<String, String> from(RequestProtectionSettings settings) {
        return build(
                settings.securityHeadersEnabled(),
                settings.hsts(),
                settings.contentSecurityPolicy(),
                settings.frameOptions(),
                settings.contentTypeOptions(),
                settings.referrerPolicy());
    }

    /** The headers in a fixed order; empty when disabled. An empty value switches that header off. */
    static Map<String, String> build(
            boolean enabled,
            Optional<String> hsts,
            Optional<String> csp,
            Optional<String> frameOptions,
            boolean noSniff,
            Optional<String> referrerPolicy) {
        if (!enabled) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        hsts.ifPresent(value -> headers.put("Strict-Transport-Security", value));
        csp.ifPresent(value -> headers.put("Content-Security-Policy", value));
        frameOptions.ifPresent(value -> headers.put("X-Frame-Options", value));
        if (noSniff) {
            headers.put("X-Content-Type-Options", "nosniff");
        }
        referrerPolicy.ifPresent(value -> headers.put("Referrer-Policy", value));
        return Collections.unmodifiableMap(headers);
    }
}
