package io.docuelevate.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.docuelevate.application.identity.ExternalIdentity;
import io.docuelevate.application.identity.ExternalLoginException;
import io.docuelevate.application.identity.OidcLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.minidev.json.JSONObject;
import org.eclipse.microprofile.config.Config;

/**
 * OpenID Connect authorization-code login with PKCE (S256) through the Nimbus OAuth 2.0 SDK against the
 * provider of {@code AUTHENTIK_CONFIG_URL} (the reference's name for the discovery document; any OIDC
 * provider works), client {@code AUTHENTIK_CLIENT_ID}/{@code AUTHENTIK_CLIENT_SECRET} (sent as
 * {@code client_secret_post}; a public client without secret sends only its id). The ID token is
 * checked by Nimbus' {@link IDTokenValidator}: RS256, the discovery document's issuer, audience = client
 * id, keys from its JWKS, 60 s clock skew, and the login's nonce. Groups come from
 * {@code OIDC_GROUPS_CLAIM} (default {@code groups}), scopes from {@code OIDC_SCOPES}.
 */
@ApplicationScoped
public class OidcClient implements OidcLogin {

    private static final int TIMEOUT_MILLIS =
            Math.toIntExact(Duration.ofSeconds(10).toMillis());
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;
    private static final int CLOCK_SKEW_SECONDS = 60;

    @Inject
    Config config;

    @Override
    public boolean configured() {
        return value("AUTHENTIK_CONFIG_URL").isPresent()
                && value("AUTHENTIK_CLIENT_ID").isPresent();
    }

    @Override
    public String providerName() {
        return value("OAUTH_PROVIDER_NAME").orElse("single sign-on");
    }

    @Override
    public Pending begin(String redirectUri) {
        return new Pending(new State().getValue(), new Nonce().getValue(), new CodeVerifier().getValue(), redirectUri);
    }

    @Override
    public URI authorizationUrl(Pending pending) throws ExternalLoginException {
        OIDCProviderMetadata provider = discovery();
        try {
            return new AuthenticationRequest.Builder(
                            ResponseType.CODE,
                            Scope.parse(value("OIDC_SCOPES").orElse("openid profile email")),
                            clientId(),
                            URI.create(pending.redirectUri()))
                    .endpointURI(provider.getAuthorizationEndpointURI())
                    .state(new State(pending.state()))
                    .nonce(new Nonce(pending.nonce()))
                    .codeChallenge(new CodeVerifier(pending.codeVerifier()), CodeChallengeMethod.S256)
                    .build()
                    .toURI();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ExternalLoginException("cannot build the authorization request: " + e.getMessage());
        }
    }

    @Override
    public ExternalIdentity complete(Pending pending, String code) throws ExternalLoginException {
        OIDCProviderMetadata provider = discovery();
        JWT idToken = exchange(provider, pending, code);
        IDTokenClaimsSet claims;
        try {
            IDTokenValidator validator = new IDTokenValidator(
                    provider.getIssuer(),
                    clientId(),
                    JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, JWKS_SIZE_LIMIT));
            validator.setMaxClockSkew(CLOCK_SKEW_SECONDS);
            claims = validator.validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new ExternalLoginException("ID token refused: " + e.getMessage());
        } catch (MalformedURLException | RuntimeException e) {
            throw new ExternalLoginException("the provider's JWKS cannot be read: " + e.getMessage());
        }
        String subject = claims.getSubject().getValue();
        String username = Optional.ofNullable(claims.getStringClaim("preferred_username"))
                .or(() -> Optional.ofNullable(claims.getStringClaim("email")))
                .orElse(subject);
        return new ExternalIdentity(
                subject,
                username,
                JwtVerifier.strings(claims.getClaim(value("OIDC_GROUPS_CLAIM").orElse("groups"))));
    }

    /** The code-for-tokens exchange with the PKCE verifier; the ID token it answered. */
    private JWT exchange(OIDCProviderMetadata provider, Pending pending, String code) throws ExternalLoginException {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                URI.create(pending.redirectUri()),
                new CodeVerifier(pending.codeVerifier()));
        URI endpoint = provider.getTokenEndpointURI();
        TokenRequest request = value("AUTHENTIK_CLIENT_SECRET")
                .map(secret -> new TokenRequest(endpoint, new ClientSecretPost(clientId(), new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(endpoint, clientId(), grant));
        HTTPResponse answer = send(request.toHTTPRequest());
        if (!answer.indicatesSuccess()) {
            throw new ExternalLoginException(endpoint.getPath() + " answered " + answer.getStatusCode());
        }
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new ExternalLoginException("the token endpoint answered malformed JSON: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            throw new ExternalLoginException(endpoint.getPath() + " answered an error: "
                    + response.toErrorResponse().getErrorObject());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        if (idToken == null) {
            throw new ExternalLoginException("the token endpoint answered without an id_token");
        }
        return idToken;
    }

    private OIDCProviderMetadata discovery() throws ExternalLoginException {
        URI location = URI.create(value("AUTHENTIK_CONFIG_URL").orElseThrow());
        HTTPResponse response = send(new HTTPRequest(HTTPRequest.Method.GET, location));
        if (!response.indicatesSuccess()) {
            throw new ExternalLoginException(location.getPath() + " answered " + response.getStatusCode());
        }
        try {
            JSONObject document = response.getBodyAsJSONObject();
            // Required by OIDC Discovery but unused here; minimal providers omit it, and a login must not fail for
            // that.
            document.putIfAbsent("subject_types_supported", List.of("public"));
            return OIDCProviderMetadata.parse(document);
        } catch (ParseException e) {
            throw new ExternalLoginException("the provider answered malformed JSON: " + e.getMessage());
        }
    }

    private static HTTPResponse send(HTTPRequest request) throws ExternalLoginException {
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        try {
            return request.send();
        } catch (IOException e) {
            throw new ExternalLoginException("cannot reach the provider: " + e.getMessage());
        }
    }

    private ClientID clientId() {
        return new ClientID(value("AUTHENTIK_CLIENT_ID").orElseThrow());
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
