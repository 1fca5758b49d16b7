package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.SearchIndexing;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the ids of indexable documents in ascending order, a page at a time. The checkpoint is the last id
 * handed out, so a restarted execution continues after it.
 */
@Named("reindexReader")
@Dependent
public class ReindexReader extends AbstractItemReader {

    static final int PAGE_SIZE = 500;

    @Inject
    SearchIndexing indexing;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long id ? id : 0L;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            long after = lastId;
            buffer.addAll(indexing.indexableIdsAfter(after, PAGE_SIZE));
            exhausted = buffer.size() < PAGE_SIZE;
        }
        Long next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
