package io.docuelevate.domain.identity;

import java.util.List;
import java.util.Optional;

/** Where personal API tokens (their hashes) are kept. Changes to a token found here are saved with the transaction. */
public interface ApiTokenRepository {

    /** Stores a new token and assigns its id. */
    void add(ApiToken token);

    /** The owner's tokens, newest first, without the mobile app's tokens (named {@code Mobile App…}). */
    List<ApiToken> ownedBy(String ownerId);

    Optional<ApiToken> byHash(String tokenHash);

    Optional<ApiToken> byId(long id);

    void remove(ApiToken token);
}
