package io.docuelevate.application.processing;

import io.docuelevate.domain.document.Document;
import java.util.List;

/**
 * What happens to a document once the pipeline has published its PDF: implemented by delivery, which queues one
 * upload per destination. An interface here keeps the pipeline independent of the delivery package.
 */
public interface FinishedDocuments {

    /**
     * Queues what follows for {@code document} at the end of pipeline run {@code pipelineTaskId}; a re-run of the
     * same run queues nothing twice. Returns the step names queued.
     */
    List<String> queueDeliveries(Document document, String pipelineTaskId);
}
