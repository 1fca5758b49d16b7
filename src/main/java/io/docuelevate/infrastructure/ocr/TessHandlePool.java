package io.docuelevate.infrastructure.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
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
 *
 * <p>Handles are lent per {@link Share} (one per document) so that one long document cannot hold them
 * all: a share holds at most {@code perShare} handles at once, and a handle that comes back goes to the
 * waiting share that holds the fewest (first come, first served among equals). A page is the unit, so a
 * document that arrives while a long one is being read waits for no more than the pages already running.
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

    /** The handles one document holds; guarded by the pool's lock. */
    static final class Share {
        private int held;
    }

    /** A thread waiting for a handle for its share, in arrival order. */
    private static final class Request {
        private final Share share;
        private final long arrival;
        private boolean granted;

        private Request(Share share, long arrival) {
            this.share = share;
            this.arrival = arrival;
        }
    }

    private final int capacity;
    private final int perShare;
    private final Path tessdataDir;
    private final Deque<Handle> idle = new ArrayDeque<>();
    private final List<Request> waiting = new ArrayList<>();
    private int lent;
    private long arrivals;
    private int created;
    private boolean closed;

    /** @param perShare most handles one {@link Share} holds at once (at least 1, at most {@code capacity}) */
    TessHandlePool(int capacity, int perShare, Path tessdataDir) {
        this.capacity = capacity;
        this.perShare = Math.max(1, Math.min(perShare, capacity));
        this.tessdataDir = tessdataDir;
    }

    /** Most handles one document holds at once. */
    int perShare() {
        return perShare;
    }

    /** A new share for one document's pages. */
    Share newShare() {
        return new Share();
    }

    /** Threads waiting for a handle right now. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Handles that exist right now (lent or idle). */
    synchronized int created() {
        return created;
    }

    /**
     * Waits until {@code share} may have a handle and makes sure it is initialised with {@code languages}.
     *
     * @throws IOException Tesseract could not load the languages (the caller checked the files exist)
     */
    Handle borrow(Share share, String languages) throws InterruptedException, IOException {
        awaitTurn(share);
        Handle handle;
        try {
            handle = takeIdleOrCreate(languages);
        } catch (RuntimeException e) {
            release(share);
            throw e;
        }
        try {
            initialise(handle, languages);
            return handle;
        } catch (IOException | RuntimeException | Error e) {
            destroy(handle);
            release(share);
            throw e;
        }
    }

    /** Returns a handle after use; it is freed instead if the pool was closed meanwhile. */
    void giveBack(Share share, Handle handle) {
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
        release(share);
    }

    private synchronized void awaitTurn(Share share) throws InterruptedException {
        Request request = new Request(share, arrivals++);
        waiting.add(request);
        grantFreeHandles();
        try {
            while (!request.granted) {
                wait();
            }
        } catch (InterruptedException e) {
            if (!waiting.remove(request)) {
                release(share);
            }
            throw e;
        }
    }

    private synchronized void release(Share share) {
        lent--;
        share.held--;
        grantFreeHandles();
    }

    /** Lends free handles to the waiting shares below their limit, the share holding fewest first. */
    private void grantFreeHandles() {
        boolean granted = false;
        while (lent < capacity) {
            Request next = null;
            for (Request request : waiting) {
                if (request.share.held < perShare
                        && (next == null
                                || request.share.held < next.share.held
                                || (request.share.held == next.share.held && request.arrival < next.arrival))) {
                    next = request;
                }
            }
            if (next == null) {
                break;
            }
            waiting.remove(next);
            next.granted = true;
            next.share.held++;
            lent++;
            granted = true;
        }
        if (granted) {
            notifyAll();
        }
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
        // A granted turn guarantees an idle handle: reuse the least recently used one for other languages.
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
