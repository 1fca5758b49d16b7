package io.docuelevate.application.readiness;

import static io.docuelevate.application.readiness.ReadinessRules.ago;
import static io.docuelevate.application.readiness.ReadinessRules.item;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checklist items about security: TLS, secrets, authentication, security headers and rate limiting. Part of {@link ReadinessRules}. */
final class SecurityRules {

    private SecurityRules() {}

    static ReadinessItem tls(ReadinessSnapshot s) {
        String title = "TLS: all traffic over HTTPS";
        ReadinessSnapshot.Traffic t = s.traffic();
        String counts = t.secure() + " HTTPS, " + (t.proxiedInsecure() + t.externalInsecure())
                + " plain-HTTP from outside, " + t.internalPlain() + " plain-HTTP from internal addresses since start";
        if (t.proxiedInsecure() + t.externalInsecure() > 0) {
            return item(
                    "tls",
                    title,
                    Status.FAIL,
                    counts + "; last plain one: " + t.lastInsecure(),
                    "Serve only HTTPS at the proxy or ingress and redirect HTTP to HTTPS; the proxy must send"
                            + " X-Forwarded-Proto: https.");
        }
        if (t.secure() == 0) {
            return item(
                    "tls",
                    title,
                    Status.WARN,
                    counts + "; no request over HTTPS or with X-Forwarded-Proto: https yet",
                    "Put the server behind a TLS-terminating proxy or ingress that sends X-Forwarded-Proto: https (or use"
                            + " HTTPS_PORT with a real certificate), then check again after some traffic.");
        }
        return item(
                "tls",
                title,
                Status.PASS,
                counts + (t.lastSecure() == null ? "" : "; last HTTPS request " + ago(s.now(), t.lastSecure())),
                "");
    }

    static ReadinessItem sessionSecret(ReadinessSnapshot s) {
        String title = "Session secret: random, at least 32 characters";
        Optional<String> problem = s.secrets().sessionSecretProblem();
        if (problem.isPresent()) {
            return item(
                    "session_secret",
                    title,
                    Status.FAIL,
                    problem.get(),
                    "Set SESSION_SECRET to the output of:"
                            + " openssl rand -hex 32 (keep it in a secret store, not in the repository).");
        }
        return item(
                "session_secret",
                title,
                Status.PASS,
                "SESSION_SECRET is set, long enough and not a known placeholder",
                "");
    }

    static ReadinessItem adminPassword(ReadinessSnapshot s) {
        String title = "Admin password: strong, not a placeholder";
        Optional<String> problem = s.secrets().adminPasswordProblem();
        if (problem.isPresent()) {
            return item(
                    "admin_password",
                    title,
                    Status.FAIL,
                    problem.get(),
                    "Set ADMIN_PASSWORD to a generated password of at least 12 characters (or use OIDC and a strong one anyway).");
        }
        return item(
                "admin_password",
                title,
                Status.PASS,
                "ADMIN_PASSWORD is set, at least 12 characters, not a placeholder",
                "");
    }

    static ReadinessItem auth(ReadinessSnapshot s) {
        String title = "Authentication enabled";
        if (!s.authEnabled()) {
            return item(
                    "auth",
                    title,
                    Status.FAIL,
                    "AUTH_ENABLED=false: every route is open to anyone who reaches the server",
                    "Set AUTH_ENABLED=true with SESSION_SECRET and ADMIN_PASSWORD.");
        }
        return item(
                "auth",
                title,
                Status.PASS,
                "AUTH_ENABLED=true: API, pages and admin routes need a login or a token",
                "");
    }

    static ReadinessItem securityHeaders(ReadinessSnapshot s) {
        String title = "Security headers: at the proxy or SECURITY_HEADERS_ENABLED";
        if (s.securityHeadersEnabled()) {
            return item(
                    "security_headers",
                    title,
                    Status.PASS,
                    "SECURITY_HEADERS_ENABLED=true: HSTS, CSP, X-Frame-Options"
                            + " and X-Content-Type-Options are added by the server",
                    "");
        }
        if (s.traffic().proxied() > 0) {
            return item(
                    "security_headers",
                    title,
                    Status.WARN,
                    "SECURITY_HEADERS_ENABLED=false; " + s.traffic().proxied()
                            + " requests came through a proxy, which cannot be checked from here for the headers",
                    "Make sure the proxy adds HSTS, CSP, X-Frame-Options and X-Content-Type-Options, or set"
                            + " SECURITY_HEADERS_ENABLED=true.");
        }
        return item(
                "security_headers",
                title,
                Status.FAIL,
                "SECURITY_HEADERS_ENABLED=false and no request came through a" + " proxy: nothing adds the headers",
                "Set SECURITY_HEADERS_ENABLED=true, or add the headers at the reverse proxy.");
    }

    static ReadinessItem rateLimiting(ReadinessSnapshot s) {
        String title = "Rate limiting enabled, shared through Redis";
        if (!s.rateLimitingEnabled()) {
            return item(
                    "rate_limiting",
                    title,
                    Status.FAIL,
                    "RATE_LIMITING_ENABLED=false",
                    "Set RATE_LIMITING_ENABLED=true" + " (the default) and REDIS_URL.");
        }
        if (!s.redis().configured()) {
            return item(
                    "rate_limiting",
                    title,
                    Status.WARN,
                    "RATE_LIMITING_ENABLED=true but REDIS_URL is not set: each replica"
                            + " counts on its own, so the limits multiply with the replicas",
                    "Set REDIS_URL so replicas share the counters.");
        }
        return item("rate_limiting", title, Status.PASS, "RATE_LIMITING_ENABLED=true with counters in Redis", "");
    }

    /** Settings meant for tests only (such as {@code URL_UPLOAD_ALLOW_HOSTS}, which opens local addresses). */
    static ReadinessItem testOnlySettings(ReadinessSnapshot s) {
        String title = "No test-only settings";
        if (s.testOnlySettings().isEmpty()) {
            return item("test_only_settings", title, Status.PASS, "no test-only setting is set", "");
        }
        return item(
                "test_only_settings",
                title,
                Status.WARN,
                "set: " + String.join(", ", s.testOnlySettings()),
                "Unset them: URL_UPLOAD_ALLOW_HOSTS lets URL uploads reach local and private addresses of the"
                        + " hosts it names (server-side request forgery); it exists for the integration tests.");
    }

    static ReadinessItem secrets(ReadinessSnapshot s) {
        String title = "Secrets management: no default or committed secrets";
        ReadinessSnapshot.Secrets x = s.secrets();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        x.databasePasswordProblem().ifPresent(failures::add);
        if (x.defaultKeystore()) {
            warnings.add("HTTPS_PORT serves the self-signed keystore Liberty generated (TLS_KEYSTORE_FILE not set)");
        }
        x.dotEnvInRepository()
                .ifPresent(path -> warnings.add("the .env file " + path + " lies inside a git work tree"));
        if (x.meilisearchKeyMissing()) {
            warnings.add("MEILISEARCH_URL is set without MEILISEARCH_API_KEY");
        }
        String fix =
                "Keep secrets in a secret store (Kubernetes Secrets, Vault) and out of the repository; use a generated"
                        + " database password; give HTTPS_PORT a real certificate via TLS_KEYSTORE_FILE or terminate TLS at the proxy.";
        if (!failures.isEmpty()) {
            failures.addAll(warnings);
            return item("secrets", title, Status.FAIL, String.join("; ", failures), fix);
        }
        if (!warnings.isEmpty()) {
            return item("secrets", title, Status.WARN, String.join("; ", warnings), fix);
        }
        return item(
                "secrets", title, Status.PASS, "no default password, own keystore, no .env inside a repository", "");
    }
}
