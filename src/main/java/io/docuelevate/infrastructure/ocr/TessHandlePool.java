package io.docuelevate.infrastructure.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;

/**
 * A fixed number of Tesseract handles shared by all threads, because each handle costs about 60 MB of
 * native memory and is not thread-safe. A handle is lent to one thread for one page; it stays
 * initialised with its language string, and the pool prefers lending a handle already loaded with the
 * requested languages (loading traineddata takes a while); for other languages the least recently used
 * idle handle is replaced by a fresh one, so results never depend on what a handle did before. Unlike handles held in ThreadLocals,
 * their number never grows with the server's thread pools, and {@link #close()} frees them all.
 */
final class TessHandlePool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TessHandlePool.class.getName());

    /** One native handle and the languages it is initialised with. */
    static final class Handle {
        private TessBaseAPI api;
        private String languages;

        private Handle(TessBaseAPI api) {
            this.api = api;
        }

        TessBaseAPI api() {
            return api;
        }

        private void end() {
            TessAPI1.TessBaseAPIEnd(api);
            TessAPI1.TessBaseAPIDelete(api);
        }
    }

    private final int capacity;
    private final Path tessdataDir;
    private final Semaphore lendable;
    private final Deque<Handle> idle = new ArrayDeque<>();
    private int created;
    private boolean closed;

    TessHandlePool(int capacity, Path tessdataDir) {
        this.capacity = capacity;
        this.tessdataDir = tessdataDir;
        this.lendable = new Semaphore(capacity, true);
    }

    int capacity() {
        return capacity;
    }

    /** Handles that exist right now (lent or idle). */
    synchronized int created() {
        return created;
    }

    /**
     * Waits for a free handle and makes sure it is initialised with {@code languages}.
     *
     * @throws IOException Tesseract could not load the languages (the caller checked the files exist)
     */
    Handle borrow(String languages) throws InterruptedException, IOException {
        lendable.acquire();
        Handle handle;
        try {
            handle = takeIdleOrCreate(languages);
        } catch (RuntimeException e) {
            lendable.release();
            throw e;
        }
        try {
            initialise(handle, languages);
            return handle;
        } catch (IOException | RuntimeException | Error e) {
            destroy(handle);
            lendable.release();
            throw e;
        }
    }

    /** Returns a handle after use; it is freed instead if the pool was closed meanwhile. */
    void giveBack(Handle handle) {
        boolean keep;
        synchronized (this) {
            keep = !closed;
            if (keep) {
                idle.addFirst(handle);
            }
        }
        if (!keep) {
            destroy(handle);
        }
        lendable.release();
    }

    /** Frees the idle handles now and every lent one when it comes back; later borrows fail. */
    @Override
    public void close() {
        Deque<Handle> toFree;
        synchronized (this) {
            closed = true;
            toFree = new ArrayDeque<>(idle);
            idle.clear();
        }
        toFree.forEach(this::destroy);
        LOG.fine(() -> "Tesseract handle pool closed, freed " + toFree.size() + " idle handles");
    }

    private synchronized Handle takeIdleOrCreate(String languages) {
        if (closed) {
            throw new IllegalStateException("the OCR engine has been shut down");
        }
        for (Iterator<Handle> it = idle.iterator(); it.hasNext(); ) {
            Handle handle = it.next();
            if (languages.equals(handle.languages)) {
                it.remove();
                return handle;
            }
        }
        if (created < capacity) {
            created++;
            return new Handle(TessAPI1.TessBaseAPICreate());
        }
        // The permit guarantees an idle handle: reuse the least recently used one for other languages.
        return idle.removeLast();
    }

    private void initialise(Handle handle, String languages) throws IOException {
        if (languages.equals(handle.languages)) {
            return;
        }
        if (handle.languages != null) {
            // Re-initialising a handle for other languages keeps state from the previous ones (the text
            // differs from a fresh handle's), so the native handle is replaced instead.
            handle.languages = null;
            handle.end();
            handle.api = TessAPI1.TessBaseAPICreate();
        }
        long start = System.nanoTime();
        int status = TessAPI1.TessBaseAPIInit3(handle.api, tessdataDir.toString(), languages);
        if (status != 0) {
            throw new IOException("Tesseract could not load languages '" + languages + "' from " + tessdataDir);
        }
        handle.languages = languages;
        LOG.fine(() -> "Tesseract handle initialised for " + languages + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void destroy(Handle handle) {
        synchronized (this) {
            created--;
        }
        handle.end();
    }
}
