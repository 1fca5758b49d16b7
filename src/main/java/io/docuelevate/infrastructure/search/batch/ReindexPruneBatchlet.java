package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.SearchIndexing;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step: removes entries of documents that are gone; the count is kept as the step's user data. */
@Named("reindexPruneBatchlet")
@Dependent
public class ReindexPruneBatchlet extends AbstractBatchlet {

    @Inject
    StepContext stepContext;

    @Inject
    SearchIndexing indexing;

    @Override
    public String process() {
        int pruned = indexing.prune();
        stepContext.setPersistentUserData(pruned);
        return "PRUNED";
    }
}
