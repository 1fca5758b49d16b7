package io.docuelevate.domain.search;

import java.util.List;
import java.util.Optional;

/** Stored saved searches, always per user. Each call is its own transaction unless the caller has one. */
public interface SavedSearchRepository {

    /** The user's saved searches, pinned first, then most recently updated. */
    List<SavedSearch> list(String userId);

    Optional<SavedSearch> find(String userId, long id);

    boolean nameTaken(String userId, String name, Long exceptId);

    long count(String userId);

    SavedSearch add(SavedSearch search);

    /** Stores the changes of a search read earlier. */
    SavedSearch update(SavedSearch search);

    void remove(SavedSearch search);
}
