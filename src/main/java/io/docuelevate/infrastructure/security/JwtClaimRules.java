package io.docuelevate.infrastructure.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

/**
 * The claims a bearer JWT must carry, checked by Nimbus' {@link DefaultJWTClaimsVerifier} with the
 * configured clock skew: {@code exp} present and not passed, {@code nbf} passed, {@code iat} not in the
 * future, {@code iss} equal to the trusted issuer and, when audiences are configured, one of them in
 * {@code aud}. Each rule is its own verifier so a refusal names the rule that failed (for the log).
 */
final class JwtClaimRules implements JWTClaimsSetVerifier<SecurityContext> {

    private final Duration clockSkew;
    private final Clock clock;
    private final DefaultJWTClaimsVerifier<SecurityContext> validity;
    private final DefaultJWTClaimsVerifier<SecurityContext> issuer;
    private final DefaultJWTClaimsVerifier<SecurityContext> audience;

    JwtClaimRules(String trustedIssuer, Set<String> audiences, Duration clockSkew, Clock clock) {
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.validity = verifier(null, null);
        this.issuer =
                verifier(null, new JWTClaimsSet.Builder().issuer(trustedIssuer).build());
        this.audience = audiences.isEmpty() ? null : verifier(Set.copyOf(audiences), null);
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        if (claims.getExpirationTime() == null) {
            throw new BadJWTException("exp is missing");
        }
        check(validity, claims, "expired or not yet valid");
        Date issued = claims.getIssueTime();
        if (issued != null && issued.toInstant().isAfter(clock.instant().plus(clockSkew))) {
            throw new BadJWTException("issued in the future");
        }
        check(issuer, claims, "issuer " + claims.getIssuer() + " is not trusted");
        if (audience != null) {
            check(audience, claims, "audience " + claims.getAudience() + " is not accepted");
        }
    }

    private static void check(DefaultJWTClaimsVerifier<SecurityContext> rule, JWTClaimsSet claims, String reason)
            throws BadJWTException {
        try {
            rule.verify(claims, null);
        } catch (BadJWTException e) {
            throw new BadJWTException(reason + " (" + e.getMessage() + ")", e);
        }
    }

    private DefaultJWTClaimsVerifier<SecurityContext> verifier(Set<String> acceptedAudiences, JWTClaimsSet exactMatch) {
        DefaultJWTClaimsVerifier<SecurityContext> verifier =
                new DefaultJWTClaimsVerifier<>(acceptedAudiences, exactMatch, null, null) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        verifier.setMaxClockSkew(Math.toIntExact(clockSkew.toSeconds()));
        return verifier;
    }
}
