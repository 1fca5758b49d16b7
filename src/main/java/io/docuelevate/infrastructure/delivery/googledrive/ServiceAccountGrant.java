package io.docuelevate.infrastructure.delivery.googledrive;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.OAuthAccess;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * A Google service account signing in on its own or on behalf of a Workspace user (domain-wide delegation): each
 * token request carries a fresh JWT assertion signed RS256 with the account's private key
 * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}), as Google documents for server-to-server
 * applications. The audience is the token endpoint the store actually uses, never a {@code token_uri} from the
 * key file.
 */
final class ServiceAccountGrant implements OAuthAccess.Grant {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String SCOPE = "https://www.googleapis.com/auth/drive";
    static final Duration LIFETIME = Duration.ofHours(1);

    private final String clientEmail;
    private final String keyId;
    private final PrivateKey key;
    private final String delegateTo;
    private final String audience;
    private final Clock clock;

    /**
     * @param credentialsJson the key file of the service account, as Google Cloud issues it
     * @param delegateTo the user to act for, or empty
     * @throws IllegalArgumentException the key file is not a service-account key (the message never quotes it)
     */
    ServiceAccountGrant(String credentialsJson, String delegateTo, String audience, Clock clock) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(credentialsJson))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("credentials_json is not a JSON object");
        }
        this.clientEmail = json.getString("client_email", "");
        this.keyId = json.getString("private_key_id", "");
        String pem = json.getString("private_key", "");
        if (clientEmail.isEmpty() || pem.isEmpty()) {
            throw new IllegalArgumentException("credentials_json lacks client_email or private_key");
        }
        this.key = privateKey(pem);
        this.delegateTo = delegateTo;
        this.audience = audience;
        this.clock = clock;
    }

    private static PrivateKey privateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the private_key of credentials_json is not an RSA key in PKCS#8 PEM");
        }
    }

    @Override
    public Map<String, String> fields() throws RemoteStoreException {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientEmail)
                .audience(audience)
                .claim("scope", SCOPE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        if (!delegateTo.isEmpty()) {
            claims.subject(delegateTo);
        }
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
        if (!keyId.isEmpty()) {
            header.keyID(keyId);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new RemoteStoreException("Google Drive: the service account key cannot sign", false, e);
        }
        return Map.of("grant_type", GRANT_TYPE, "assertion", jwt.serialize());
    }

    @Override
    public String refusal() {
        return "the service account " + clientEmail + " was refused"
                + (delegateTo.isEmpty() ? "" : " for " + delegateTo + " (check the domain-wide delegation)")
                + ", check its key";
    }
}
