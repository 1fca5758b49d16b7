package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.SearchIndexing;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Turns a document id into its index entry; a document gone or without text meanwhile is filtered out. */
@Named("reindexProcessor")
@Dependent
public class ReindexProcessor implements ItemProcessor {

    @Inject
    SearchIndexing indexing;

    @Override
    public Object processItem(Object item) {
        return indexing.document((Long) item).orElse(null);
    }
}
