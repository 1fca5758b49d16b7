package io.docuelevate.infrastructure.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the waiting worker that a pipeline execution ended, without polling the job repository. */
@Named("pipelineJobListener")
@Dependent
public class PipelineJobListener extends AbstractJobListener {

    @Inject
    JobContext jobContext;

    @Inject
    PipelineJobs jobs;

    @Override
    public void afterJob() {
        jobs.ended(jobContext.getExecutionId());
    }
}
