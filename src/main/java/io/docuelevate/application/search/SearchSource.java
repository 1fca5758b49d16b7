package io.docuelevate.application.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The database side of search: which documents belong in the index (non-duplicates with text), in id order
 * for the reindex job, and which hits a caller may still see. Implemented on JPA.
 */
public interface SearchSource {

    /** How many documents belong in the index. */
    long indexableCount();

    /** Up to {@code limit} ids of indexable documents greater than {@code afterId}, ascending. */
    List<Long> indexableIdsAfter(long afterId, int limit);

    /** The ids of every indexable document (to prune the index). */
    Set<Long> indexableIds();

    /** The ids among {@code ids} of documents that exist and the owner filter allows (empty filter: all). */
    Set<Long> visibleIds(Collection<Long> ids, Optional<String> ownerFilter);
}
