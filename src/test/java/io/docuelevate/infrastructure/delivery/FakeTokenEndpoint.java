package io.docuelevate.infrastructure.delivery;

import io.docuelevate.infrastructure.delivery.CloudFake.Recorded;
import io.docuelevate.infrastructure.delivery.CloudFake.Reply;
import jakarta.json.Json;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OAuth 2 token endpoint of a fake cloud API: it issues access tokens {@code access-1}, {@code access-2}, …
 * valid until revoked, with the {@code expires_in} the test sets, or refuses the grant ({@code invalid_grant}).
 */
public final class FakeTokenEndpoint {

    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> valid = ConcurrentHashMap.newKeySet();
    private volatile long expiresIn = 14_400;
    private volatile boolean refuse;
    private volatile String rotatedRefreshToken;

    public Reply issue(Recorded request) {
        if (refuse) {
            return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"token revoked\"}");
        }
        String token = "access-" + issued.incrementAndGet();
        valid.add(token);
        var answer = Json.createObjectBuilder()
                .add("access_token", token)
                .add("token_type", "bearer")
                .add("expires_in", expiresIn);
        if (rotatedRefreshToken != null) {
            answer.add("refresh_token", rotatedRefreshToken);
        }
        return Reply.json(200, answer.build());
    }

    /** Whether the request carries a valid token in {@code Authorization: Bearer}. */
    public boolean authorized(Recorded request) {
        String header = request.header("Authorization");
        return header != null && header.startsWith("Bearer ") && valid.contains(header.substring(7));
    }

    public int issued() {
        return issued.get();
    }

    /** Every token issued so far stops working (the API answers 401). */
    public void revokeAll() {
        valid.clear();
    }

    public void expiresIn(long seconds) {
        expiresIn = seconds;
    }

    public void refuse(boolean refuse) {
        this.refuse = refuse;
    }

    /** Later answers carry this new refresh token (rotation). */
    public void rotateTo(String refreshToken) {
        rotatedRefreshToken = refreshToken;
    }
}
