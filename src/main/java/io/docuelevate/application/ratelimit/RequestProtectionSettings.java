package io.docuelevate.application.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The request protection settings (rate limits, trusted proxies, security headers, body limits) as the
 * web layer reads them; implemented by the configuration. Every getter throws a runtime exception naming
 * the setting when its value is invalid.
 */
public interface RequestProtectionSettings {

    /** Reads and checks every setting, so that a mistake stops the start instead of the first request. */
    void validate();

    boolean rateLimitingEnabled();

    RateLimit defaultLimit();

    RateLimit uploadLimit();

    /** Sign-in attempts per account and client address. */
    RateLimit authLimit();

    /** Sign-in attempts per client address, whatever accounts they name: the looser cap over {@link #authLimit()}. */
    RateLimit authAddressLimit();

    /** Uploads per user and window before the system-load factor; 0 switches the per-user window off. */
    int uploadLimitPerUser();

    Duration uploadWindow();

    /** The raw {@code TRUSTED_PROXIES} entries (IPs or CIDR ranges); empty trusts no forwarded header. */
    List<String> trustedProxies();

    boolean securityHeadersEnabled();

    /** The {@code Strict-Transport-Security} value, empty when that header is switched off. */
    Optional<String> hsts();

    Optional<String> contentSecurityPolicy();

    Optional<String> frameOptions();

    boolean contentTypeOptions();

    Optional<String> referrerPolicy();

    /** Bytes a multipart request (an upload) may carry, declared or streamed. */
    long maxUploadSize();

    /** Bytes any other request body may carry. */
    long maxRequestBodySize();

    /** Liberty's own cap ({@code httpOptions MessageSizeLimit} in server.xml); -1 is unlimited. */
    long httpMessageSizeLimit();
}
