package io.docuelevate.domain.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityWindowTest {

    private static FileObservation file(String path, long size, long nanos) {
        return new FileObservation(path, size, nanos);
    }

    @Test
    void aFileSeenOnceIsNotComplete() {
        StabilityWindow window = new StabilityWindow();
        assertEquals(List.of(), window.observe(List.of(file("a.pdf", 10, 1))));
    }

    @Test
    void unchangedSizeAndTimeAcrossTwoPollsIsComplete() {
        StabilityWindow window = new StabilityWindow();
        window.observe(List.of(file("a.pdf", 10, 1)));
        assertEquals(List.of(file("a.pdf", 10, 1)), window.observe(List.of(file("a.pdf", 10, 1))));
    }

    @Test
    void aGrowingFileWaits() {
        StabilityWindow window = new StabilityWindow();
        window.observe(List.of(file("scan.pdf", 100, 1)));
        assertEquals(List.of(), window.observe(List.of(file("scan.pdf", 200, 2))));
        assertEquals(List.of(), window.observe(List.of(file("scan.pdf", 300, 3))));
        assertEquals(List.of(file("scan.pdf", 300, 3)), window.observe(List.of(file("scan.pdf", 300, 3))));
    }

    @Test
    void aTouchedFileOfTheSameSizeWaits() {
        StabilityWindow window = new StabilityWindow();
        window.observe(List.of(file("a.pdf", 10, 1)));
        assertEquals(List.of(), window.observe(List.of(file("a.pdf", 10, 2))), "rewritten in place, same size");
    }

    @Test
    void aFileThatVanishedStartsOverWhenItComesBack() {
        StabilityWindow window = new StabilityWindow();
        window.observe(List.of(file("a.pdf", 10, 1)));
        window.observe(List.of());
        assertEquals(List.of(), window.observe(List.of(file("a.pdf", 10, 1))));
    }

    @Test
    void filesAreJudgedEachOnTheirOwn() {
        StabilityWindow window = new StabilityWindow();
        window.observe(List.of(file("a.pdf", 10, 1), file("b.pdf", 5, 1)));
        assertEquals(
                List.of(file("a.pdf", 10, 1)),
                window.observe(List.of(file("a.pdf", 10, 1), file("b.pdf", 6, 2), file("c.pdf", 1, 1))));
    }

    @Test
    void theLedgerKeyUsesMilliseconds() {
        assertEquals(1_234L, file("a", 1, 1_234_567_890L).modifiedMillis());
        assertEquals("a\u00001\u00001234", WatchedFileLedger.keyOf(file("a", 1, 1_234_567_890L)));
    }
}
