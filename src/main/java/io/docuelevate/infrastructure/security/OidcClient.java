package io.docuelevate.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * OpenID Connect authorization-code login with PKCE against the provider of {@code AUTHENTIK_CONFIG_URL}
 * (the reference's name for the discovery document; any OIDC provider works), client
 * {@code AUTHENTIK_CLIENT_ID}/{@code AUTHENTIK_CLIENT_SECRET}. The ID token is verified like any JWT
 * (RS256 pinned, issuer of the discovery document, audience = client id, keys from its JWKS) plus the
 * login's nonce. Groups come from {@code OIDC_GROUPS_CLAIM} (default {@code groups}).
 */
@ApplicationScoped
public class OidcClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Config config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the browser carries through the provider and back: the values the callback must match. */
    public record Pending(String state, String nonce, String codeVerifier, String redirectUri) implements java.io.Serializable {
    }

    /** The identity the provider vouched for. */
    public record Identity(String subject, String username, Set<String> groups) {
    }

    /** A login that cannot be completed, with the reason for the log. */
    public static class OidcException extends Exception {
        private static final long serialVersionUID = 1L;

        public OidcException(String message) {
            super(message);
        }
    }

    public boolean configured() {
        return value("AUTHENTIK_CONFIG_URL").isPresent() && value("AUTHENTIK_CLIENT_ID").isPresent();
    }

    public String providerName() {
        return value("OAUTH_PROVIDER_NAME").orElse("single sign-on");
    }

    public Pending begin(String redirectUri) {
        return new Pending(random(), random(), random(), redirectUri);
    }

    /** The provider's authorization URL for this login. */
    public String authorizationUrl(Pending pending) throws OidcException {
        JsonObject discovery = discovery();
        return discovery.getString("authorization_endpoint") + "?response_type=code"
                + "&client_id=" + encode(value("AUTHENTIK_CLIENT_ID").orElseThrow())
                + "&redirect_uri=" + encode(pending.redirectUri())
                + "&scope=" + encode(value("OIDC_SCOPES").orElse("openid profile email"))
                + "&state=" + encode(pending.state()) + "&nonce=" + encode(pending.nonce())
                + "&code_challenge=" + challenge(pending.codeVerifier()) + "&code_challenge_method=S256";
    }

    /** Exchanges the code and verifies the ID token. */
    public Identity complete(Pending pending, String code) throws OidcException {
        JsonObject discovery = discovery();
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(pending.redirectUri())
                + "&client_id=" + encode(value("AUTHENTIK_CLIENT_ID").orElseThrow())
                + value("AUTHENTIK_CLIENT_SECRET").map(s -> "&client_secret=" + encode(s)).orElse("")
                + "&code_verifier=" + encode(pending.codeVerifier());
        JsonObject tokens = json(post(discovery.getString("token_endpoint"), form));
        String idToken = tokens.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("the token endpoint answered without an id_token");
        }
        Map<String, PublicKey> keys;
        try {
            keys = JwtVerifier.parseKeys(get(discovery.getString("jwks_uri")));
        } catch (GeneralSecurityException e) {
            throw new OidcException("the provider's JWKS cannot be read: " + e.getMessage());
        }
        JwtVerifier verifier = new JwtVerifier("RS256", discovery.getString("issuer"),
                Set.of(value("AUTHENTIK_CLIENT_ID").orElseThrow()), Duration.ofSeconds(60),
                kid -> kid.map(keys::get).or(() -> keys.values().stream().findFirst()), Clock.systemUTC());
        JwtVerifier.VerifiedToken token;
        try {
            token = verifier.verify(idToken);
        } catch (JwtVerifier.InvalidTokenException e) {
            throw new OidcException("ID token refused: " + e.getMessage());
        }
        if (!pending.nonce().equals(token.claim("nonce").orElse(null))) {
            throw new OidcException("ID token nonce does not match this login");
        }
        String groupsClaim = value("OIDC_GROUPS_CLAIM").orElse("groups");
        Set<String> groups = token.strings(groupsClaim);
        String username = token.claim("preferred_username").or(() -> token.claim("email")).orElse(token.subject());
        return new Identity(token.subject(), username, groups);
    }

    private JsonObject discovery() throws OidcException {
        return json(get(value("AUTHENTIK_CONFIG_URL").orElseThrow()));
    }

    private String get(String url) throws OidcException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private String post(String url, String form) throws OidcException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private String send(HttpRequest request) throws OidcException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException(request.uri().getPath() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new OidcException("cannot reach the provider: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted");
        }
    }

    private static JsonObject json(String body) throws OidcException {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new OidcException("the provider answered malformed JSON");
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
