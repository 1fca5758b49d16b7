package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.OcrEngine;
import io.docuelevate.domain.processing.OcrResult;
import io.docuelevate.infrastructure.ocr.PageSource.PageImage;
import io.docuelevate.infrastructure.pdf.PdfPageMerger;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessResultRenderer;
import net.sourceforge.tess4j.TessAPI1;

/**
 * OCR with Tesseract through its C API, producing per page exactly what the {@code tesseract} CLI
 * produces with {@code pdf txt}: {@code TessBaseAPIProcessPages} with a PDF renderer (page image plus
 * invisible text layer) chained to a text renderer. The single-page PDFs are then merged in page order
 * with PDFBox and moved atomically onto the requested path.
 *
 * <p>Native memory is bounded by a {@link TessHandlePool} of {@code OCR_CONCURRENCY} handles shared by
 * every document; one document holds at most {@code OCR_MAX_ENGINES_PER_DOCUMENT} of them at once, so a
 * long document leaves engines to the documents that arrive meanwhile. The pages of one document are
 * shared out between the calling thread and up to {@code OCR_MAX_ENGINES_PER_DOCUMENT - 1} helper tasks
 * on the given executor; the caller works too, so a document
 * completes even when the executor is saturated or refuses tasks, and never waits for a helper that has
 * not started. Progress is reported on the calling thread, one page at a time and in order. The engine
 * is thread-safe: any number of documents may be recognised concurrently.
 */
public class TesseractOcrEngine implements OcrEngine, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TesseractOcrEngine.class.getName());
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?");
    /** Declared types accepted as images; the actual format is then read from the content. */
    private static final Set<String> IMAGE_TYPES = Set.of(
            "image/png",
            "image/jpeg",
            "image/jpg",
            "image/pjpeg",
            "image/tiff",
            "image/gif",
            "image/bmp",
            "image/x-bmp",
            "image/x-ms-bmp",
            "image/webp");

    private static final String PDF_TYPE = "application/pdf";

    private final OcrOptions options;
    private final ExecutorService executor;
    private final Path tmpDir;
    private final TessHandlePool handles;

    /**
     * @param executor runs the helper tasks that OCR a document's pages in parallel (not owned: not shut down here)
     * @param tmpDir   where each document gets its scratch directory, removed when it is done
     */
    public TesseractOcrEngine(OcrOptions options, ExecutorService executor, Path tmpDir) {
        this.options = options;
        this.executor = executor;
        this.tmpDir = tmpDir;
        this.handles = new TessHandlePool(options.concurrency(), options.enginesPerDocument(), options.tessdataDir());
        if (System.getenv("OMP_THREAD_LIMIT") == null) {
            LOG.warning(
                    "OMP_THREAD_LIMIT is not set: Tesseract's OpenMP makes OCR several times slower; set OMP_THREAD_LIMIT=1");
        }
    }

    @Override
    public OcrResult recognize(Path input, String mimeType, String languages, Path searchablePdf, Progress progress)
            throws DocumentRejectedException, IOException {
        long start = System.nanoTime();
        String checkedLanguages = checkLanguages(
                languages == null || languages.isBlank() ? options.defaultLanguages() : languages.trim());
        checkPdfFont();
        String type = mediaType(mimeType);
        Files.createDirectories(tmpDir);
        Path workDir = Files.createTempDirectory(tmpDir, "ocr-");
        try {
            PageSource source = PDF_TYPE.equals(type)
                    ? PdfPageSource.plan(input, options, workDir)
                    : ImagePageSource.plan(input, options);
            PageResult[] pages = new DocumentRun(source, checkedLanguages, workDir, progress).run();
            PdfPageMerger.mergeAtomically(
                    Arrays.stream(pages).map(PageResult::pdf).toList(), searchablePdf, workDir);
            String text =
                    String.join("\f", Arrays.stream(pages).map(PageResult::text).toList());
            LOG.fine(() -> String.format(
                    Locale.ROOT,
                    "OCR of %s: %d pages in %d ms",
                    input.getFileName(),
                    pages.length,
                    (System.nanoTime() - start) / 1_000_000));
            return new OcrResult(text, pages.length);
        } finally {
            deleteRecursively(workDir);
        }
    }

    /** Frees every Tesseract handle (those in use when they come back). */
    @Override
    public void close() {
        handles.close();
    }

    /** Handles currently allocated; never more than {@code OCR_CONCURRENCY}. */
    int allocatedHandles() {
        return handles.created();
    }

    private String checkLanguages(String languages) throws DocumentRejectedException {
        for (String language : languages.split("\\+", -1)) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new DocumentRejectedException("invalid Tesseract language list '" + languages + "'");
            }
            if (!Files.isRegularFile(options.tessdataDir().resolve(language + ".traineddata"))) {
                throw new DocumentRejectedException("Tesseract language '" + language + "' is not installed: "
                        + language + ".traineddata is missing in " + options.tessdataDir());
            }
        }
        return languages;
    }

    private void checkPdfFont() throws IOException {
        if (!Files.isRegularFile(options.tessdataDir().resolve("pdf.ttf"))) {
            throw new IOException(
                    "pdf.ttf is missing in " + options.tessdataDir() + ": Tesseract cannot write searchable PDFs");
        }
    }

    private static String mediaType(String mimeType) throws DocumentRejectedException {
        String type = mimeType == null ? "" : mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!PDF_TYPE.equals(type) && !IMAGE_TYPES.contains(type)) {
            throw new DocumentRejectedException(
                    "OCR does not support files of type " + (type.isEmpty() ? "(unknown)" : type));
        }
        return type;
    }

    private record PageResult(String text, Path pdf) {}

    /**
     * One document's pages, claimed one at a time by the calling thread and the helpers. Every claimed
     * page is settled exactly once (done, failed, or skipped after a failure) and releases one permit of
     * {@code settled}, so the caller waits for exactly the pages in flight. Progress is reported on the
     * calling thread only (between its own pages and while it waits), in order, one page at a time.
     */
    private final class DocumentRun {
        private final PageSource source;
        private final String languages;
        private final Path workDir;
        private final Progress progress;
        private final int pageCount;
        private final PageResult[] results;
        private final AtomicInteger nextPage = new AtomicInteger();
        private final AtomicInteger pagesDone = new AtomicInteger();
        private final Semaphore settled = new Semaphore(0);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread caller = Thread.currentThread();
        private final TessHandlePool.Share share = handles.newShare();
        private int pagesReported;

        DocumentRun(PageSource source, String languages, Path workDir, Progress progress) {
            this.source = source;
            this.languages = languages;
            this.workDir = workDir;
            this.progress = progress;
            this.pageCount = source.pageCount();
            this.results = new PageResult[pageCount];
        }

        PageResult[] run() throws DocumentRejectedException, IOException {
            List<Future<?>> helpers = new ArrayList<>();
            int helperCount = Math.min(handles.perShare(), pageCount) - 1;
            try {
                for (int i = 0; i < helperCount; i++) {
                    helpers.add(executor.submit(this::work));
                }
            } catch (RejectedExecutionException e) {
                LOG.fine(() -> "OCR executor refused a helper task; the calling thread does more pages itself");
            }
            work();
            awaitSettledPages();
            helpers.forEach(helper -> helper.cancel(false));
            rethrowFailure();
            return results;
        }

        private void work() {
            try (PageSource.Renderer renderer = source.openRenderer()) {
                for (int index = nextPage.getAndIncrement(); index < pageCount; index = nextPage.getAndIncrement()) {
                    try {
                        if (failure.get() == null) {
                            results[index] = recognizePage(renderer, index);
                            pagesDone.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        fail(e);
                    } finally {
                        settled.release();
                    }
                    if (Thread.currentThread() == caller) {
                        reportProgress();
                    }
                }
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        /** Takes one permit per page (all pages are claimed once the caller's own loop ends). */
        private void awaitSettledPages() {
            boolean interrupted = false;
            for (int page = 0; page < pageCount; page++) {
                try {
                    settled.acquire();
                } catch (InterruptedException e) {
                    interrupted = true;
                    fail(new InterruptedIOException("OCR was interrupted"));
                    settled.acquireUninterruptibly();
                }
                reportProgress();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void reportProgress() {
            if (progress == null) {
                return;
            }
            int done = pagesDone.get();
            try {
                while (pagesReported < done && failure.get() == null) {
                    pagesReported++;
                    progress.pageDone(pagesReported, pageCount);
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private PageResult recognizePage(PageSource.Renderer renderer, int index)
                throws DocumentRejectedException, IOException {
            Path outputBase = workDir.resolve(String.format(Locale.ROOT, "ocr-%05d", index + 1));
            PageImage image = renderer.image(index, workDir);
            Optional<PageResult> result = withHandle(api -> recognize(api, image, outputBase));
            if (result.isEmpty()) {
                Optional<PageImage> copy = renderer.decodedCopy(index, workDir);
                if (copy.isPresent()) {
                    result = withHandle(api -> recognize(api, copy.get(), outputBase));
                }
            }
            if (result.isPresent()) {
                return result.get();
            }
            if (image.temporary()) {
                throw new IOException("Tesseract failed on page " + (index + 1));
            }
            throw new DocumentRejectedException("Tesseract could not read page " + (index + 1) + " of the image");
        }

        private Optional<PageResult> withHandle(PageOcr ocr) throws IOException {
            TessHandlePool.Handle handle;
            try {
                handle = handles.borrow(share, languages);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw (IOException)
                        new InterruptedIOException("OCR was interrupted while waiting for a Tesseract handle")
                                .initCause(e);
            }
            try {
                return ocr.run(handle.api());
            } finally {
                handles.giveBack(share, handle);
            }
        }

        private void fail(Throwable e) {
            if (!failure.compareAndSet(null, e) && failure.get() != e) {
                failure.get().addSuppressed(e);
            }
        }

        private void rethrowFailure() throws DocumentRejectedException, IOException {
            Throwable e = failure.get();
            if (e == null) {
                return;
            }
            if (e instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IOException("OCR failed: " + e, e);
        }
    }

    @FunctionalInterface
    private interface PageOcr {
        Optional<PageResult> run(TessBaseAPI api) throws IOException;
    }

    /**
     * One {@code ProcessPages} call, as the CLI makes it: a PDF renderer chained to a text renderer
     * writing {@code outputBase.pdf} and {@code outputBase.txt}. Empty when Tesseract could not read the image.
     */
    private Optional<PageResult> recognize(TessBaseAPI api, PageImage image, Path outputBase) throws IOException {
        TessAPI1.TessBaseAPISetVariable(api, "user_defined_dpi", Integer.toString(image.dpi()));
        TessAPI1.TessBaseAPISetVariable(api, "tessedit_page_number", Integer.toString(image.tiffFrame()));
        Path pdf = Path.of(outputBase + ".pdf");
        Path text = Path.of(outputBase + ".txt");
        boolean recognised;
        TessResultRenderer renderer = TessAPI1.TessPDFRendererCreate(
                outputBase.toString(), options.tessdataDir().toString(), 0);
        if (renderer == null) {
            throw new IOException("Tesseract could not create its PDF renderer for " + outputBase);
        }
        try {
            TessResultRenderer textRenderer = TessAPI1.TessTextRendererCreate(outputBase.toString());
            if (textRenderer == null) {
                throw new IOException("Tesseract could not create its text renderer for " + outputBase);
            }
            TessAPI1.TessResultRendererInsert(renderer, textRenderer);
            recognised = TessAPI1.TessBaseAPIProcessPages(api, image.file().toString(), null, 0, renderer) == 1;
        } finally {
            // Deleting the first renderer deletes the chain and closes (flushes) both output files.
            TessAPI1.TessDeleteResultRenderer(renderer);
            TessAPI1.TessBaseAPIClear(api);
            TessAPI1.TessBaseAPIClearAdaptiveClassifier(api);
            if (image.temporary()) {
                Files.deleteIfExists(image.file());
            }
        }
        if (!recognised) {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(text);
            LOG.log(Level.FINE, "Tesseract could not process {0}", image.file());
            return Optional.empty();
        }
        String pageText = Files.readString(text, StandardCharsets.UTF_8);
        Files.delete(text);
        return Optional.of(new PageResult(pageText, pdf));
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not remove OCR scratch directory " + directory, e);
        }
    }
}
