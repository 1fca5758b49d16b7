package io.docuelevate.domain.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineStepsTest {

    @Test
    void convertToPdfIsPlannedOnlyForConvertedDocuments() {
        assertEquals(PipelineSteps.ORDER, PipelineSteps.planned(PipelineSteps.CONVERT_TO_PDF, true));
        assertEquals(
                PipelineSteps.from(PipelineSteps.CHECK_TEXT),
                PipelineSteps.planned(PipelineSteps.CONVERT_TO_PDF, false));
        assertEquals(
                List.of(PipelineSteps.INDEX_DOCUMENT, PipelineSteps.FINALIZE_PIPELINE),
                PipelineSteps.planned(PipelineSteps.INDEX_DOCUMENT, true));
        assertEquals(List.of(), PipelineSteps.planned("no_such_step", true));
    }
}
