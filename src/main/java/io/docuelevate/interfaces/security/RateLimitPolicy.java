package io.docuelevate.interfaces.security;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.application.ratelimit.RequestProtectionSettings;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Which limits a request counts against, and under which key. Every request that reaches the server
 * counts, before routing (an unknown path is still an attempt), except the health and metrics endpoints
 * that orchestrators poll. Login attempts and uploads ({@code RATE_LIMIT_UPLOAD}) have their own limits
 * instead of the default. A sign-in that names an account counts per account and address together
 * ({@code RATE_LIMIT_AUTH}), so one person's typos behind an office proxy lock out only that account there,
 * and against a looser cap per address ({@code RATE_LIMIT_AUTH_PER_ADDRESS}), so one address cannot try
 * many accounts; other login requests count per address against {@code RATE_LIMIT_AUTH}. Uploads of a
 * signed-in user also take a place in the per-user window, which counts accepted uploads only. Keys name
 * the user when the request is authenticated, otherwise the client address.
 */
public final class RateLimitPolicy {

    /** The limit a request counts against. */
    public enum Category {
        AUTH("auth"),
        UPLOAD("upload"),
        DEFAULT("default");

        final String key;

        Category(String key) {
            this.key = key;
        }
    }

    /**
     * One limit to check: the counter's key, its limit and whether it is the per-user upload window (which
     * counts only what it admits, see {@link io.docuelevate.application.ratelimit.RateLimiter#acquire}).
     */
    public record Check(String key, RateLimit limit, boolean perUserUpload) {}

    static final Set<String> AUTH_PATHS = Set.of("/auth", "/login", "/api/qr-auth/claim");
    static final String AUTH_API_PREFIX = "/api/auth/";
    static final Set<String> UPLOAD_PATHS = Set.of(
            "/api/ui-upload",
            "/api/upload",
            "/api/process-url",
            "/api/intake/documents",
            "/api/automation/actions/upload");

    private final RateLimit defaultLimit;
    private final RateLimit uploadLimit;
    private final RateLimit authLimit;
    private final RateLimit authAddressLimit;
    private final int uploadsPerUser;
    private final Duration uploadWindow;

    public RateLimitPolicy(
            RateLimit defaultLimit,
            RateLimit uploadLimit,
            RateLimit authLimit,
            RateLimit authAddressLimit,
            int uploadsPerUser,
            Duration uploadWindow) {
        this.defaultLimit = defaultLimit;
        this.uploadLimit = uploadLimit;
        this.authLimit = authLimit;
        this.authAddressLimit = authAddressLimit;
        this.uploadsPerUser = uploadsPerUser;
        this.uploadWindow = uploadWindow;
    }

    public static RateLimitPolicy from(RequestProtectionSettings settings) {
        return new RateLimitPolicy(
                settings.defaultLimit(),
                settings.uploadLimit(),
                settings.authLimit(),
                settings.authAddressLimit(),
                settings.uploadLimitPerUser(),
                settings.uploadWindow());
    }

    /** Health and metrics endpoints: never limited, so probes keep working under load. */
    public static boolean exempt(String path) {
        String p = trimTrailingSlash(path);
        return p.equals("/health")
                || p.startsWith("/health/")
                || p.equals("/metrics")
                || p.startsWith("/metrics/")
                || p.equals("/api/health")
                || p.startsWith("/api/diagnostic/healthz/");
    }

    public static Category category(String method, String path) {
        String p = trimTrailingSlash(path);
        if (!"POST".equalsIgnoreCase(method)) {
            return Category.DEFAULT;
        }
        if (AUTH_PATHS.contains(p) || p.startsWith(AUTH_API_PREFIX)) {
            return Category.AUTH;
        }
        return UPLOAD_PATHS.contains(p) ? Category.UPLOAD : Category.DEFAULT;
    }

    /**
     * The checks for one request, in order. {@code user} is the authenticated caller's name (empty when
     * anonymous); {@code account} the account a sign-in names (empty when it names none); {@code perUserLimit}
     * turns the configured per-user upload limit into the current one (the system-load factor).
     */
    public List<Check> checks(
            String method,
            String path,
            Optional<String> user,
            Optional<String> account,
            String clientAddress,
            IntUnaryOperator perUserLimit) {
        Category category = category(method, path);
        String subject = subject(user, clientAddress);
        Optional<String> signInAccount = account.map(RateLimitPolicy::accountKey);
        if (category == Category.AUTH && signInAccount.isPresent()) {
            return List.of(
                    new Check(key("auth-address", authAddressLimit, subject), authAddressLimit, false),
                    new Check(key("auth", authLimit, subject) + ":account:" + signInAccount.get(), authLimit, false));
        }
        RateLimit limit = switch (category) {
            case AUTH -> authLimit;
            case UPLOAD -> uploadLimit;
            case DEFAULT -> defaultLimit;
        };
        List<Check> checks = new ArrayList<>(2);
        checks.add(new Check(key(category.key, limit, subject), limit, false));
        if (category == Category.UPLOAD && user.isPresent() && uploadsPerUser > 0) {
            int current = perUserLimit.applyAsInt(uploadsPerUser);
            if (current > 0) {
                checks.add(new Check(
                        "upload-user:" + uploadWindow.toSeconds() + ":" + subject,
                        RateLimit.perSeconds(current, uploadWindow.toSeconds()),
                        true));
            }
        }
        return checks;
    }

    private static String key(String name, RateLimit limit, String subject) {
        return name + ":" + limit.window().toSeconds() + ":" + subject;
    }

    /**
     * The account part of a sign-in key: the user name as sign-in matches it (trimmed, lower case), hashed, so
     * a key stays short whatever was typed and no user name is stored in Redis.
     */
    static String accountKey(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * {@code user:<name>} when authenticated, else {@code ip:<address>}; IPv6 clients are grouped by their
     * /64 network, because one subscriber usually holds a whole /64 and could otherwise rotate addresses.
     */
    static String subject(Optional<String> user, String clientAddress) {
        if (user.isPresent()) {
            return "user:" + user.get();
        }
        Optional<InetAddress> address = IpAddresses.parse(clientAddress);
        if (address.isPresent() && address.get() instanceof Inet6Address v6) {
            byte[] network = IpRange.mask(v6.getAddress(), 64);
            StringBuilder text = new StringBuilder("ip:");
            for (int i = 0; i < 8; i += 2) {
                text.append(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff)))
                        .append(':');
            }
            return text.append(":/64").toString();
        }
        return "ip:" + address.map(IpAddresses::canonical).orElse(clientAddress);
    }

    @Override
    public String toString() {
        return "default " + defaultLimit.describe() + ", upload " + uploadLimit.describe() + ", auth "
                + authLimit.describe() + " per account and address, " + authAddressLimit.describe()
                + " per address, per-user uploads "
                + (uploadsPerUser > 0 ? uploadsPerUser + " per " + uploadWindow.toSeconds() + " s" : "off");
    }

    private static String trimTrailingSlash(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
