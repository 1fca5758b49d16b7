package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.SearchIndexing;
import io.docuelevate.domain.search.SearchDocument;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes one chunk of index entries in a single batch (one Meilisearch task, one Lucene refresh). */
@Named("reindexWriter")
@Dependent
public class ReindexWriter extends AbstractItemWriter {

    @Inject
    SearchIndexing indexing;

    @Override
    public void writeItems(List<Object> items) {
        indexing.write(items.stream().map(SearchDocument.class::cast).toList());
    }
}
