package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.RateLimit;
import io.docuelevate.interfaces.security.RateLimitPolicy.Category;
import io.docuelevate.interfaces.security.RateLimitPolicy.Check;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    private final RateLimitPolicy policy = new RateLimitPolicy(
            RateLimit.parse("X", "100/minute"),
            RateLimit.parse("X", "600/minute"),
            RateLimit.parse("X", "10/minute"),
            RateLimit.parse("X", "50/minute"),
            20,
            Duration.ofSeconds(60));

    @Test
    void healthAndMetricsAreExempt() {
        for (String path : new String[] {
            "/health",
            "/health/ready",
            "/health/live/",
            "/metrics",
            "/metrics/base",
            "/api/health",
            "/api/health/",
            "/api/diagnostic/healthz/live",
            "/api/diagnostic/healthz/ready"
        }) {
            assertTrue(RateLimitPolicy.exempt(path), path);
        }
        for (String path : new String[] {
            "/", "/api/files", "/api/healthy", "/healthz", "/api/diagnostic/health", "/auth", "/api/diagnostic/healthz"
        }) {
            assertFalse(RateLimitPolicy.exempt(path), path);
        }
    }

    @Test
    void loginPostsAreAuthUploadsAreUploadEverythingElseIsDefault() {
        assertEquals(Category.AUTH, RateLimitPolicy.category("POST", "/auth"));
        assertEquals(Category.AUTH, RateLimitPolicy.category("POST", "/login"));
        assertEquals(Category.AUTH, RateLimitPolicy.category("POST", "/api/auth/signup"));
        assertEquals(Category.AUTH, RateLimitPolicy.category("post", "/api/auth/request-password-reset/"));
        assertEquals(Category.DEFAULT, RateLimitPolicy.category("GET", "/api/auth/whoami"));
        assertEquals(Category.DEFAULT, RateLimitPolicy.category("GET", "/login"));
        assertEquals(Category.UPLOAD, RateLimitPolicy.category("POST", "/api/ui-upload"));
        assertEquals(Category.UPLOAD, RateLimitPolicy.category("POST", "/api/process-url"));
        assertEquals(Category.UPLOAD, RateLimitPolicy.category("POST", "/api/intake/documents"));
        assertEquals(Category.DEFAULT, RateLimitPolicy.category("GET", "/api/intake/documents"));
        assertEquals(Category.DEFAULT, RateLimitPolicy.category("POST", "/api/files/bulk-delete"));
        assertEquals(Category.DEFAULT, RateLimitPolicy.category("POST", "/api/authx"));
    }

    @Test
    void anonymousCallersAreKeyedByAddressSignedInCallersByName() {
        List<Check> anonymous =
                policy.checks("POST", "/auth", Optional.empty(), Optional.empty(), "203.0.113.7", base -> base);
        assertEquals(1, anonymous.size());
        assertEquals("auth:60:ip:203.0.113.7", anonymous.get(0).key());
        assertEquals(RateLimit.parse("X", "10/minute"), anonymous.get(0).limit());

        List<Check> user =
                policy.checks("GET", "/api/files", Optional.of("alice"), Optional.empty(), "203.0.113.7", base -> base);
        assertEquals(List.of(new Check("default:60:user:alice", RateLimit.parse("X", "100/minute"), false)), user);
    }

    @Test
    void aSignInNamingAnAccountCountsPerAccountAndAddressAndAgainstTheLooserAddressCap() {
        List<Check> alice =
                policy.checks("POST", "/auth", Optional.empty(), Optional.of("Alice "), "203.0.113.7", base -> base);
        assertEquals(2, alice.size());
        assertEquals(
                new Check("auth-address:60:ip:203.0.113.7", RateLimit.parse("X", "50/minute"), false), alice.get(0));
        assertEquals(RateLimit.parse("X", "10/minute"), alice.get(1).limit());
        assertTrue(
                alice.get(1).key().startsWith("auth:60:ip:203.0.113.7:account:"),
                alice.get(1).key());

        List<Check> bob =
                policy.checks("POST", "/auth", Optional.empty(), Optional.of("bob"), "203.0.113.7", base -> base);
        assertEquals(alice.get(0), bob.get(0), "one address cap for every account");
        assertFalse(alice.get(1).key().equals(bob.get(1).key()), "each account has its own window");
        assertEquals(
                alice.get(1),
                policy.checks("POST", "/auth", Optional.empty(), Optional.of("alice"), "203.0.113.7", base -> base)
                        .get(1),
                "the account as sign-in matches it: trimmed, any case");
        assertFalse(alice.get(1).key().contains("alice"), "the user name is hashed, never stored in a key: " + alice);
        assertEquals(
                List.of("auth:60:ip:203.0.113.8"),
                policy.checks("POST", "/auth", Optional.empty(), Optional.empty(), "203.0.113.8", base -> base).stream()
                        .map(Check::key)
                        .toList(),
                "a login request that names no account counts per address");
    }

    @Test
    void signedInUploadsAlsoCountAgainstThePerUserWindowAtTheCurrentLimit() {
        List<Check> checks = policy.checks(
                "POST", "/api/ui-upload", Optional.of("alice"), Optional.empty(), "203.0.113.7", base -> base / 4);
        assertEquals(2, checks.size());
        assertEquals("upload:60:user:alice", checks.get(0).key());
        assertEquals(RateLimit.parse("X", "600/minute"), checks.get(0).limit());
        assertEquals(new Check("upload-user:60:user:alice", RateLimit.perSeconds(5, 60), true), checks.get(1));

        assertEquals(
                1,
                policy.checks("POST", "/api/ui-upload", Optional.empty(), Optional.empty(), "203.0.113.7", base -> base)
                        .size(),
                "anonymous uploads have no per-user window");
        RateLimitPolicy off = new RateLimitPolicy(
                RateLimit.parse("X", "100/minute"),
                RateLimit.parse("X", "600/minute"),
                RateLimit.parse("X", "10/minute"),
                RateLimit.parse("X", "50/minute"),
                0,
                Duration.ofSeconds(60));
        assertEquals(
                1,
                off.checks(
                                "POST",
                                "/api/ui-upload",
                                Optional.of("alice"),
                                Optional.empty(),
                                "203.0.113.7",
                                base -> base)
                        .size(),
                "UPLOAD_RATE_LIMIT_PER_USER=0 switches the window off");
    }

    @Test
    void ipv6ClientsShareTheirSlash64() {
        assertEquals(
                "ip:2001:db8:1:2::/64", RateLimitPolicy.subject(Optional.empty(), "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("ip:2001:db8:1:2::/64", RateLimitPolicy.subject(Optional.empty(), "2001:db8:1:2::1"));
        assertEquals("ip:10.0.0.1", RateLimitPolicy.subject(Optional.empty(), "::ffff:10.0.0.1"));
        assertEquals("ip:unknown", RateLimitPolicy.subject(Optional.empty(), "unknown"));
    }
}
