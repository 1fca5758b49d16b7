package io.docuelevate.infrastructure.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Outside Liberty the context does nothing but must still run the work and pass results and errors through. */
class PipelineLogContextTest {

    @Test
    void runsTheWorkAndReturnsItsResultOutsideLiberty() throws Exception {
        assertFalse(PipelineLogContext.isActive());
        assertEquals("done", PipelineLogContext.call(17, "task-1", () -> "done"));
        int[] ran = new int[1];
        PipelineLogContext.run(17, "task-1", () -> ran[0]++);
        assertEquals(1, ran[0]);
        assertEquals(0, PipelineLogContext.current().size());
    }

    @Test
    void exceptionsPassThroughUnchanged() {
        assertThrows(
                IOException.class,
                () -> PipelineLogContext.call(1, "t", () -> {
                    throw new IOException("disk full");
                }));
        assertThrows(
                IllegalStateException.class,
                () -> PipelineLogContext.run(1, "t", () -> {
                    throw new IllegalStateException("boom");
                }));
    }
}
