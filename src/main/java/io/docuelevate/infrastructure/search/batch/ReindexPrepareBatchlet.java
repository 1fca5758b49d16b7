package io.docuelevate.infrastructure.search.batch;

import io.docuelevate.application.search.SearchIndexing;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step: empties the index when the execution was started with {@code clear=true}. */
@Named("reindexPrepareBatchlet")
@Dependent
public class ReindexPrepareBatchlet extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    SearchIndexing indexing;

    @Override
    public String process() {
        boolean clear = Boolean.parseBoolean(BatchRuntime.getJobOperator()
                .getParameters(jobContext.getExecutionId())
                .getProperty(BatchReindexJobs.CLEAR, "false"));
        if (clear) {
            indexing.clear();
            return "CLEARED";
        }
        return "KEPT";
    }
}
