package io.docuelevate.domain.identity;

import java.util.Optional;

/** Where users' interface choices are kept. */
public interface UserPreferenceRepository {

    Optional<UserPreference> of(String ownerId);

    /** Stores a new preference row (an existing one is changed in place within the transaction). */
    void add(UserPreference preference);
}
