package io.docuelevate.infrastructure.config;

import io.docuelevate.application.ratelimit.InvalidSettingException;
import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RequestProtectionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request protection: rate limits, security headers and body size limits (reference spec §5 names and
 * defaults; {@code TRUSTED_PROXIES}, the Referrer-Policy pair and {@code HTTP_MESSAGE_SIZE_LIMIT} are
 * ours). Values are read as text (cleaned of quotes by the configuration sources) so that mistakes get a
 * message that names the setting.
 */
@ApplicationScoped
public class ProtectionSettings implements RequestProtectionSettings {

    public static final String DEFAULT_HSTS = "max-age=31536000; includeSubDomains";
    /**
     * The production guide's starting point, tightened: scripts and styles from the application's own files only
     * (no {@code 'unsafe-inline'} or {@code 'unsafe-eval'}: the pages keep both in files, so an injected inline
     * script or style does nothing), no plugins, no {@code https:} images, and {@code <base>} and form targets
     * limited to this origin. Framing is limited to this origin rather than forbidden: the document page shows a
     * PDF's preview in a frame of its own origin.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; frame-ancestors 'self'; "
            + "base-uri 'self'; form-action 'self'";

    /** How many accounts' worth of sign-in attempts one address may make when RATE_LIMIT_AUTH_PER_ADDRESS is unset. */
    static final int AUTH_ADDRESS_FACTOR = 5;

    public static final String DEFAULT_FRAME_OPTIONS = "SAMEORIGIN";
    public static final String DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin";
    public static final long DEFAULT_MAX_UPLOAD_SIZE = 1L << 30;
    public static final long DEFAULT_MAX_REQUEST_BODY_SIZE = 1L << 20;
    /** server.xml's default for Liberty's {@code MessageSizeLimit}: the upload limit plus 1 MiB of multipart overhead. */
    public static final long DEFAULT_HTTP_MESSAGE_SIZE_LIMIT = DEFAULT_MAX_UPLOAD_SIZE + DEFAULT_MAX_REQUEST_BODY_SIZE;

    @Inject
    @ConfigProperty(name = "RATE_LIMITING_ENABLED")
    Optional<String> rateLimitingEnabled;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_DEFAULT")
    Optional<String> rateLimitDefault;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_UPLOAD")
    Optional<String> rateLimitUpload;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_AUTH")
    Optional<String> rateLimitAuth;

    @Inject
    @ConfigProperty(name = "RATE_LIMIT_AUTH_PER_ADDRESS")
    Optional<String> rateLimitAuthPerAddress;

    @Inject
    @ConfigProperty(name = "UPLOAD_RATE_LIMIT_PER_USER")
    Optional<String> uploadRateLimitPerUser;

    @Inject
    @ConfigProperty(name = "UPLOAD_RATE_LIMIT_WINDOW")
    Optional<String> uploadRateLimitWindow;

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADERS_ENABLED")
    Optional<String> securityHeadersEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_HSTS_ENABLED")
    Optional<String> hstsEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_HSTS_VALUE")
    Optional<String> hstsValue;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_CSP_ENABLED")
    Optional<String> cspEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_CSP_VALUE")
    Optional<String> cspValue;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_X_FRAME_OPTIONS_ENABLED")
    Optional<String> frameOptionsEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_X_FRAME_OPTIONS_VALUE")
    Optional<String> frameOptionsValue;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_X_CONTENT_TYPE_OPTIONS_ENABLED")
    Optional<String> contentTypeOptionsEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_REFERRER_POLICY_ENABLED")
    Optional<String> referrerPolicyEnabled;

    @Inject
    @ConfigProperty(name = "SECURITY_HEADER_REFERRER_POLICY_VALUE")
    Optional<String> referrerPolicyValue;

    @Inject
    @ConfigProperty(name = "MAX_UPLOAD_SIZE")
    Optional<String> maxUploadSize;

    @Inject
    @ConfigProperty(name = "MAX_REQUEST_BODY_SIZE")
    Optional<String> maxRequestBodySize;

    @Inject
    @ConfigProperty(name = "HTTP_MESSAGE_SIZE_LIMIT")
    Optional<String> httpMessageSizeLimit;

    /** Reads and checks every setting, so that a mistake stops the start instead of the first request. */
    @Override
    public void validate() {
        rateLimitingEnabled();
        defaultLimit();
        uploadLimit();
        authLimit();
        authAddressLimit();
        uploadLimitPerUser();
        uploadWindow();
        trustedProxies();
        securityHeadersEnabled();
        hsts();
        contentSecurityPolicy();
        frameOptions();
        contentTypeOptions();
        referrerPolicy();
        maxUploadSize();
        maxRequestBodySize();
        httpMessageSizeLimit();
    }

    @Override
    public boolean rateLimitingEnabled() {
        return flag("RATE_LIMITING_ENABLED", rateLimitingEnabled, true);
    }

    @Override
    public RateLimit defaultLimit() {
        return limit("RATE_LIMIT_DEFAULT", rateLimitDefault, "100/minute");
    }

    @Override
    public RateLimit uploadLimit() {
        return limit("RATE_LIMIT_UPLOAD", rateLimitUpload, "600/minute");
    }

    @Override
    public RateLimit authLimit() {
        return limit("RATE_LIMIT_AUTH", rateLimitAuth, "10/minute");
    }

    /** {@code RATE_LIMIT_AUTH_PER_ADDRESS}; unset, five times {@code RATE_LIMIT_AUTH} in the same window (50/minute). */
    @Override
    public RateLimit authAddressLimit() {
        if (rateLimitAuthPerAddress.filter(value -> !value.isBlank()).isPresent()) {
            return limit("RATE_LIMIT_AUTH_PER_ADDRESS", rateLimitAuthPerAddress, "");
        }
        RateLimit perAccount = authLimit();
        return new RateLimit(perAccount.permits() * AUTH_ADDRESS_FACTOR, perAccount.multiples(), perAccount.unit());
    }

    /** Uploads per user and window before the system-load factor; 0 switches the per-user window off. */
    @Override
    public int uploadLimitPerUser() {
        return (int) number("UPLOAD_RATE_LIMIT_PER_USER", uploadRateLimitPerUser, 20, 0, Integer.MAX_VALUE);
    }

    @Override
    public Duration uploadWindow() {
        return Duration.ofSeconds(number("UPLOAD_RATE_LIMIT_WINDOW", uploadRateLimitWindow, 60, 1, 86_400));
    }

    /** The raw {@code TRUSTED_PROXIES} entries (IPs or CIDR ranges); empty trusts no forwarded header. */
    @Override
    public List<String> trustedProxies() {
        return trustedProxies
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    @Override
    public boolean securityHeadersEnabled() {
        return flag("SECURITY_HEADERS_ENABLED", securityHeadersEnabled, false);
    }

    /** The {@code Strict-Transport-Security} value, empty when that header is switched off. */
    @Override
    public Optional<String> hsts() {
        return header("SECURITY_HEADER_HSTS", hstsEnabled, hstsValue, DEFAULT_HSTS);
    }

    @Override
    public Optional<String> contentSecurityPolicy() {
        return header("SECURITY_HEADER_CSP", cspEnabled, cspValue, DEFAULT_CSP);
    }

    @Override
    public Optional<String> frameOptions() {
        return header("SECURITY_HEADER_X_FRAME_OPTIONS", frameOptionsEnabled, frameOptionsValue, DEFAULT_FRAME_OPTIONS);
    }

    @Override
    public boolean contentTypeOptions() {
        return flag("SECURITY_HEADER_X_CONTENT_TYPE_OPTIONS_ENABLED", contentTypeOptionsEnabled, true);
    }

    @Override
    public Optional<String> referrerPolicy() {
        return header(
                "SECURITY_HEADER_REFERRER_POLICY", referrerPolicyEnabled, referrerPolicyValue, DEFAULT_REFERRER_POLICY);
    }

    /** Bytes a multipart request (an upload) may carry, declared or streamed. */
    @Override
    public long maxUploadSize() {
        return number("MAX_UPLOAD_SIZE", maxUploadSize, DEFAULT_MAX_UPLOAD_SIZE, 1, Long.MAX_VALUE);
    }

    /** Bytes any other request body may carry. */
    @Override
    public long maxRequestBodySize() {
        return number("MAX_REQUEST_BODY_SIZE", maxRequestBodySize, DEFAULT_MAX_REQUEST_BODY_SIZE, 1, Long.MAX_VALUE);
    }

    /** Liberty's own cap ({@code httpOptions MessageSizeLimit} in server.xml); -1 is unlimited. */
    @Override
    public long httpMessageSizeLimit() {
        return number(
                "HTTP_MESSAGE_SIZE_LIMIT", httpMessageSizeLimit, DEFAULT_HTTP_MESSAGE_SIZE_LIMIT, -1, Long.MAX_VALUE);
    }

    static boolean flag(String name, Optional<String> value, boolean defaultValue) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on":
                return true;
            case "false", "0", "no", "off":
                return false;
            default:
                throw new InvalidConfigurationException(name + " '" + value.get() + "' is invalid: use true or false");
        }
    }

    static long number(String name, Optional<String> value, long defaultValue, long min, long max) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.get().replace("_", ""));
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                name + " '" + value.get() + "' is invalid: use a whole number from " + min + " to " + max);
    }

    private static RateLimit limit(String name, Optional<String> value, String defaultValue) {
        try {
            return RateLimit.parse(name, value.orElse(defaultValue));
        } catch (InvalidSettingException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    private static Optional<String> header(
            String prefix, Optional<String> enabled, Optional<String> value, String defaultValue) {
        if (!flag(prefix + "_ENABLED", enabled, true)) {
            return Optional.empty();
        }
        String text = value.orElse(defaultValue);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new InvalidConfigurationException(prefix + "_VALUE contains a line break or control character");
        }
        return Optional.of(text);
    }
}
