package io.docuelevate.infrastructure.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.docuelevate.it.support.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the pool shares its handles between documents (real Tesseract handles, language eng). */
class TessHandlePoolTest {

    private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private ExecutorService threads;

    @BeforeEach
    void startThreads() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aDocumentAtItsShareWaitsWhileAnotherDocumentGetsTheFreeHandle() throws Exception {
        try (TessHandlePool pool = new TessHandlePool(2, 1, TESSDATA)) {
            TessHandlePool.Share large = pool.newShare();
            TessHandlePool.Handle first = pool.borrow(large, "eng");
            Future<TessHandlePool.Handle> largeSecond = threads.submit(() -> pool.borrow(large, "eng"));
            awaitWaiting(pool, 1);

            TessHandlePool.Handle small = assertTimeoutPreemptively(QUICKLY, () -> pool.borrow(pool.newShare(), "eng"));

            assertFalse(largeSecond.isDone(), "the large document holds its share and waits");
            assertEquals(1, pool.waiting());
            pool.giveBack(large, first);
            pool.giveBack(large, largeSecond.get(QUICKLY.toSeconds(), TimeUnit.SECONDS));
            assertEquals(2, pool.created(), "never more handles than the capacity");
            assertEquals(0, pool.waiting());
            pool.giveBack(large, small);
        }
    }

    @Test
    void aReturnedHandleGoesToTheWaitingDocumentHoldingFewest() throws Exception {
        try (TessHandlePool pool = new TessHandlePool(2, 2, TESSDATA)) {
            TessHandlePool.Share large = pool.newShare();
            TessHandlePool.Handle first = pool.borrow(large, "eng");
            TessHandlePool.Handle second = pool.borrow(large, "eng");
            Future<TessHandlePool.Handle> largeThird = threads.submit(() -> pool.borrow(large, "eng"));
            awaitWaiting(pool, 1);
            TessHandlePool.Share small = pool.newShare();
            Future<TessHandlePool.Handle> smallFirst = threads.submit(() -> pool.borrow(small, "eng"));
            awaitWaiting(pool, 2);

            pool.giveBack(large, first);

            TessHandlePool.Handle smallHandle = smallFirst.get(QUICKLY.toSeconds(), TimeUnit.SECONDS);
            assertFalse(largeThird.isDone(), "the document that asked first but holds more waits");
            pool.giveBack(large, second);
            pool.giveBack(large, largeThird.get(QUICKLY.toSeconds(), TimeUnit.SECONDS));
            pool.giveBack(small, smallHandle);
            assertEquals(0, pool.waiting());
        }
    }

    private static void awaitWaiting(TessHandlePool pool, int threads) {
        Poll.until(QUICKLY, threads + " threads waiting for a handle", () -> pool.waiting() == threads ? true : null);
    }
}
