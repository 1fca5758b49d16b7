package io.docuelevate.infrastructure.ocr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.OcrResult;
import io.docuelevate.domain.processing.PdfInspection;
import io.docuelevate.infrastructure.pdf.PdfBoxTextReader;
import io.docuelevate.it.support.Corpus;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Real Tesseract on the OCRmyPDF test corpus (needs tesseract-ocr-eng/-deu; OMP_THREAD_LIMIT=1 comes from surefire). */
class TesseractOcrEngineTest {

    private static final Path CORPUS = Corpus.DIR;
    private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    private static final String PDF = "application/pdf";
    private static final Duration REFUSED_QUICKLY = Duration.ofSeconds(10);

    @TempDir
    static Path shared;

    private static ExecutorService helpers;
    private static TesseractOcrEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEngine() {
        helpers = Executors.newFixedThreadPool(2);
        engine = new TesseractOcrEngine(OcrOptions.defaults(2, TESSDATA), helpers, scratch());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
        helpers.shutdownNow();
    }

    @AfterEach
    void scratchFilesAreRemoved() throws IOException {
        if (Files.isDirectory(scratch())) {
            assertEquals(List.of(), list(scratch()), "nothing left in the engine's tmp directory");
        }
        assertTrue(engine.allocatedHandles() <= 2, "never more handles than OCR_CONCURRENCY");
    }

    @Test
    void scannedPdfBecomesSearchableWithItsWords() throws Exception {
        Path out = dir.resolve("linn-ocr.pdf");
        List<String> progress = Collections.synchronizedList(new ArrayList<>());

        OcrResult result = engine.recognize(
                CORPUS.resolve("linn.pdf"), PDF, "eng", out, (done, total) -> progress.add(done + "/" + total));

        String expected = Files.readString(CORPUS.resolve("linn.txt"));
        assertEquals(1, result.pages());
        assertAtLeast(0.9, wordRecall(expected, result.text()), "words of linn.txt in the OCR text");
        assertEquals(List.of("1/1"), progress);
        try (PDDocument searchable = Loader.loadPDF(out.toFile())) {
            assertEquals(1, searchable.getNumberOfPages());
            PDRectangle page = searchable.getPage(0).getMediaBox();
            assertEquals(612, page.getWidth(), 1.0, "page keeps its size in points");
            assertEquals(792, page.getHeight(), 1.0);
            assertAtLeast(
                    0.9,
                    wordRecall(expected, new PDFTextStripper().getText(searchable)),
                    "words found in the PDF's text layer");
        }
        assertEquals(List.of(out), list(dir), "only the result in the output directory");
    }

    @Test
    void pngImagesBecomeOnePageSearchablePdfs() throws Exception {
        Path linnOut = dir.resolve("linn.pdf");
        OcrResult linn = engine.recognize(CORPUS.resolve("linn.png"), "image/png", "eng", linnOut, null);
        assertAtLeast(0.9, wordRecall(Files.readString(CORPUS.resolve("linn.txt")), linn.text()), "linn.png words");
        assertSearchable(linnOut, 1, "LinnSequencer");

        Path typewriterOut = dir.resolve("typewriter.pdf");
        OcrResult typewriter =
                engine.recognize(CORPUS.resolve("typewriter.png"), "image/png", "eng", typewriterOut, null);
        assertEquals(1, typewriter.pages());
        assertTrue(typewriter.text().contains("Linzensoep"), typewriter.text());
        assertTrue(typewriter.text().contains("liter water"), typewriter.text());
        assertSearchable(typewriterOut, 1, "Linzensoep");
    }

    @Test
    void jpegGifBmpAndWebpAreRead() throws Exception {
        BufferedImage recipe = recipe();
        Path png = dir.resolve("recipe.png");
        assertTrue(ImageIO.write(recipe, "png", png.toFile()));
        Map<String, Path> inputs = new HashMap<>();
        for (String format : new String[] {"jpeg", "gif", "bmp"}) {
            Path file = dir.resolve("recipe." + format);
            assertTrue(ImageIO.write(recipe, format, file.toFile()), format);
            inputs.put("image/" + format, file);
        }
        inputs.put("image/webp", dir.resolve("recipe.webp"));
        Leptonica.writeWebp(png, inputs.get("image/webp"));

        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path out = dir.resolve(input.getValue().getFileName() + ".pdf");
            OcrResult result = engine.recognize(input.getValue(), input.getKey(), "eng", out, null);
            assertEquals(1, result.pages());
            assertTrue(result.text().contains("liter water"), input.getKey() + ": " + result.text());
            assertSearchable(out, 1, "linzen");
        }
    }

    @Test
    void multiPageTiffGivesOnePagePerFrame() throws Exception {
        Path tiff = dir.resolve("two-frames.tif");
        writeTiff(
                tiff,
                ImageIO.read(CORPUS.resolve("linn.png").toFile()),
                ImageIO.read(CORPUS.resolve("typewriter.png").toFile()));
        Path out = dir.resolve("two-frames.pdf");
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());

        OcrResult result = engine.recognize(tiff, "image/tiff", "eng", out, (page, total) -> done.add(page));

        String[] pages = result.text().split("\f", -1);
        assertEquals(2, result.pages());
        assertEquals(2, pages.length, "pages separated by a form feed");
        assertAtLeast(0.9, wordRecall(Files.readString(CORPUS.resolve("linn.txt")), pages[0]), "frame 1 is linn");
        assertTrue(pages[1].contains("Linzensoep"), "frame 2 is the typewriter text: " + pages[1]);
        assertEquals(List.of(1, 2), done);
        assertSearchable(out, 2, "Linzensoep");
    }

    @Test
    void multiPagePdfKeepsItsPagesInOrder() throws Exception {
        Path out = dir.resolve("multipage-ocr.pdf");
        List<int[]> progress = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        List<Thread> reportingThreads = Collections.synchronizedList(new ArrayList<>());

        // multipage.pdf embeds a 9000×9000 image on page 2: above the 40 MP default, so this test raises the limit.
        OcrResult result;
        try (TesseractOcrEngine roomy = new TesseractOcrEngine(
                OcrOptions.defaults(2, TESSDATA).withLimits(100_000_000, 100_000_000, 2000), helpers, scratch())) {
            result = roomy.recognize(CORPUS.resolve("multipage.pdf"), PDF, "eng", out, (done, total) -> {
                progress.add(new int[] {done, total});
                reportingThreads.add(Thread.currentThread());
            });
        }

        assertEquals(6, result.pages());
        assertEquals(6, result.text().split("\f", -1).length);
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6), progress.stream().map(p -> p[0]).toList(), "progress counts up one by one");
        assertTrue(progress.stream().allMatch(p -> p[1] == 6));
        assertTrue(
                reportingThreads.stream().allMatch(thread -> thread == caller),
                "progress is reported on the calling thread");
        try (PDDocument original =
                        Loader.loadPDF(CORPUS.resolve("multipage.pdf").toFile());
                PDDocument searchable = Loader.loadPDF(out.toFile())) {
            assertEquals(6, searchable.getNumberOfPages());
            for (int page = 0; page < 6; page++) {
                PDRectangle expected = original.getPage(page).getCropBox();
                PDRectangle actual = searchable.getPage(page).getMediaBox();
                boolean rotated = original.getPage(page).getRotation() % 180 != 0;
                assertEquals(
                        rotated ? expected.getHeight() : expected.getWidth(),
                        actual.getWidth(),
                        1.5,
                        "page " + (page + 1) + " width");
                assertEquals(
                        rotated ? expected.getWidth() : expected.getHeight(),
                        actual.getHeight(),
                        1.5,
                        "page " + (page + 1) + " height");
            }
        }
        String pageTwo = result.text().split("\f", -1)[1];
        assertTrue(pageTwo.contains("megapixels"), "page 2 is the 9000×9000 test page: " + pageTwo);
    }

    @Test
    void aFailingProgressCallbackFailsTheDocumentAndLeavesNoFiles() throws Exception {
        Path out = dir.resolve("never.pdf");

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> engine.recognize(CORPUS.resolve("3small.pdf"), PDF, "eng", out, (done, total) -> {
                    throw new IllegalStateException("progress store is down");
                }));

        assertEquals("progress store is down", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void hugeMonochromePageIsRefusedBeforeRendering() throws Exception {
        Path out = dir.resolve("hugemono-ocr.pdf");
        Files.writeString(out, "previous result");

        DocumentRejectedException e = assertTimeoutPreemptively(
                REFUSED_QUICKLY,
                () -> assertThrows(
                        DocumentRejectedException.class,
                        () -> engine.recognize(CORPUS.resolve("hugemono.pdf"), PDF, "eng", out, null)));

        assertEquals(
                "page 1 is 8400×8400 points = 17500×17500 pixels even at 150 dpi (306 MP), above OCR_MAX_PAGE_PIXELS (40000000)",
                e.getMessage());
        assertEquals("previous result", Files.readString(out), "a refused document leaves the target alone");
    }

    @Test
    void enormousPageIsRefusedByEitherLimitAndFitsAtALowerDpi() throws Exception {
        Path enormous = CORPUS.resolve("enormous.pdf");
        Path out = dir.resolve("enormous-ocr.pdf");
        OcrOptions defaults = OcrOptions.defaults(1, TESSDATA);

        DocumentRejectedException byDefaults = refusedQuickly(defaults, enormous, PDF);
        assertEquals(
                "page 1 embeds a 9000×9000 pixel image (81 MP), above OCR_MAX_IMAGE_PIXELS (40000000)",
                byDefaults.getMessage());

        DocumentRejectedException byImage =
                refusedQuickly(defaults.withLimits(100_000_000, 50_000_000, 2000), enormous, PDF);
        assertEquals(
                "page 1 embeds a 9000×9000 pixel image (81 MP), above OCR_MAX_IMAGE_PIXELS (50000000)",
                byImage.getMessage());

        DocumentRejectedException byPage =
                refusedQuickly(defaults.withLimits(20_000_000, 250_000_000, 2000), enormous, PDF);
        assertEquals(
                "page 1 is 2160×2160 points = 4500×4500 pixels even at 150 dpi (20 MP), above OCR_MAX_PAGE_PIXELS (20000000)",
                byPage.getMessage());

        try (TesseractOcrEngine lowered =
                new TesseractOcrEngine(defaults.withLimits(40_000_000, 250_000_000, 2000), helpers, scratch())) {
            OcrResult result = lowered.recognize(enormous, PDF, "eng", out, null);
            assertTrue(result.text().contains("megapixels"), result.text());
        }
        try (PDDocument searchable = Loader.loadPDF(out.toFile())) {
            assertEquals(
                    2160,
                    searchable.getPage(0).getMediaBox().getWidth(),
                    2.0,
                    "rendered at 210 dpi, still 2160 points wide");
        }
    }

    @Test
    void pageAndImageCountsAndImageSizesAreLimited() throws Exception {
        OcrOptions defaults = OcrOptions.defaults(1, TESSDATA);

        DocumentRejectedException pages =
                refusedQuickly(defaults.withLimits(100_000_000, 250_000_000, 5), CORPUS.resolve("multipage.pdf"), PDF);
        assertEquals("the PDF has 6 pages, above OCR_MAX_PAGES (5)", pages.getMessage());

        DocumentRejectedException image = refusedQuickly(
                defaults.withLimits(10_000_000, 250_000_000, 5), CORPUS.resolve("typewriter.png"), "image/png");
        assertEquals("the image is 4000×2864 pixels (11 MP), above OCR_MAX_PAGE_PIXELS (10000000)", image.getMessage());

        Path tiff = dir.resolve("two.tif");
        BufferedImage small = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
        writeTiff(tiff, small, small);
        DocumentRejectedException frames =
                refusedQuickly(defaults.withLimits(100_000_000, 250_000_000, 1), tiff, "image/tiff");
        assertEquals("the image has more pages than OCR_MAX_PAGES (1) allows", frames.getMessage());
    }

    @Test
    void imagePixelBombsAreRefusedFromTheirHeaders() throws Exception {
        Path png = dir.resolve("bomb.png");
        Files.write(png, ImageProbeTest.pngHeaderOnly(60_000, 60_000));
        Path webp = dir.resolve("bomb.webp");
        Files.write(webp, ImageProbeTest.vp8x(20_000, 30_000, false));
        OcrOptions defaults = OcrOptions.defaults(1, TESSDATA);

        assertEquals(
                "the image is 60000×60000 pixels (3.6 GP), above OCR_MAX_PAGE_PIXELS (40000000)",
                refusedQuickly(defaults, png, "image/png").getMessage());
        assertEquals(
                "the image is 20000×30000 pixels (600 MP), above OCR_MAX_PAGE_PIXELS (40000000)",
                refusedQuickly(defaults, webp, "image/webp").getMessage());
    }

    @Test
    void languagesMustBeInstalledAndWellFormed() {
        Path linn = CORPUS.resolve("linn.pdf");
        Path out = dir.resolve("out.pdf");

        DocumentRejectedException missing =
                assertThrows(DocumentRejectedException.class, () -> engine.recognize(linn, PDF, "eng+xyz", out, null));
        assertEquals(
                "Tesseract language 'xyz' is not installed: xyz.traineddata is missing in " + TESSDATA,
                missing.getMessage());

        DocumentRejectedException invalid = assertThrows(
                DocumentRejectedException.class, () -> engine.recognize(linn, PDF, "eng+../../etc/x", out, null));
        assertEquals("invalid Tesseract language list 'eng+../../etc/x'", invalid.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void defaultLanguagesAreUsedWhenNoneAreGivenAndSwitchingLanguagesChangesNothing() throws Exception {
        Path png = dir.resolve("recipe.png");
        assertTrue(ImageIO.write(recipe(), "png", png.toFile()));
        try (TesseractOcrEngine single = new TesseractOcrEngine(OcrOptions.defaults(1, TESSDATA), helpers, scratch())) {
            String english = single.recognize(png, "image/png", "eng", dir.resolve("a.pdf"), null)
                    .text();
            String defaults = single.recognize(png, "image/png", null, dir.resolve("b.pdf"), null)
                    .text();
            String englishAgain = single.recognize(png, "image/png", "eng", dir.resolve("c.pdf"), null)
                    .text();

            assertTrue(defaults.contains("Linzensoep"), defaults);
            assertEquals(english, englishAgain, "the handle that read eng+deu gives the same eng text as a fresh one");
            assertEquals(1, single.allocatedHandles());
        }
    }

    @Test
    void unsupportedOrDisguisedInputIsRefused() throws Exception {
        Path text = dir.resolve("list.png");
        Files.writeString(text, CORPUS.resolve("linn.png") + "\n" + CORPUS.resolve("typewriter.png") + "\n");
        Path out = dir.resolve("out.pdf");

        DocumentRejectedException type = assertThrows(
                DocumentRejectedException.class, () -> engine.recognize(text, "text/plain", "eng", out, null));
        assertEquals("OCR does not support files of type text/plain", type.getMessage());

        DocumentRejectedException disguised = assertThrows(
                DocumentRejectedException.class, () -> engine.recognize(text, "image/png", "eng", out, null));
        assertTrue(
                disguised.getMessage().startsWith("not a readable image"),
                "Tesseract must never see a file list: " + disguised.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void encryptedTruncatedAndInvalidPdfsAreRefused() throws Exception {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument document = Loader.loadPDF(CORPUS.resolve("linn.pdf").toFile())) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(locked.toFile());
        }
        byte[] skew = Files.readAllBytes(CORPUS.resolve("skew.pdf"));
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(skew, skew.length / 2));
        Path out = dir.resolve("out.pdf");

        assertEquals(
                "password required",
                assertThrows(DocumentRejectedException.class, () -> engine.recognize(locked, PDF, "eng", out, null))
                        .getMessage());
        assertTrue(
                assertThrows(DocumentRejectedException.class, () -> engine.recognize(truncated, PDF, "eng", out, null))
                        .getMessage()
                        .startsWith("unreadable PDF: "));
        assertTrue(assertThrows(
                        DocumentRejectedException.class,
                        () -> engine.recognize(CORPUS.resolve("invalid.pdf"), PDF, "eng", out, null))
                .getMessage()
                .startsWith("unreadable PDF: "));
    }

    /**
     * Every corpus PDF is inspected; each one without a usable text layer is OCR'd (all of them: the
     * largest, multipage.pdf, has a text layer and is covered above). Two documents run at a time.
     */
    @Test
    void everyCorpusPdfIsReadOrRefusedWithAReadableMessage() throws Exception {
        PdfBoxTextReader reader = new PdfBoxTextReader();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        ExecutorService callers = Executors.newFixedThreadPool(2);
        Map<Path, Future<String>> outcomes = new HashMap<>();
        try {
            for (Path pdf : pdfs) {
                outcomes.put(pdf, callers.submit(() -> inspectThenRecognize(reader, pdf)));
            }
            List<Executable> checks = new ArrayList<>();
            for (Path pdf : pdfs) {
                checks.add(() -> {
                    String outcome = awaitOutcome(outcomes.get(pdf), pdf);
                    assertFalse(outcome.isBlank(), pdf.getFileName().toString());
                    assertFalse(outcome.contains("\n"), pdf.getFileName() + ": one-line message: " + outcome);
                });
            }
            assertAll(checks);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void concurrentDocumentsGiveTheSameTextAsSequentialOnes() throws Exception {
        Path linn = CORPUS.resolve("linn.pdf");
        Path small = CORPUS.resolve("3small.pdf");
        String linnAlone =
                engine.recognize(linn, PDF, "eng", dir.resolve("l1.pdf"), null).text();
        String smallAlone =
                engine.recognize(small, PDF, "eng", dir.resolve("s1.pdf"), null).text();

        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<OcrResult> linnTogether =
                    callers.submit(() -> engine.recognize(linn, PDF, "eng", dir.resolve("l2.pdf"), null));
            Future<OcrResult> smallTogether =
                    callers.submit(() -> engine.recognize(small, PDF, "eng", dir.resolve("s2.pdf"), null));

            assertEquals(linnAlone, linnTogether.get(120, TimeUnit.SECONDS).text());
            assertEquals(smallAlone, smallTogether.get(120, TimeUnit.SECONDS).text());
        } finally {
            callers.shutdownNow();
        }
        assertEquals(3, smallAlone.split("\f", -1).length);
    }

    @Test
    void theCallerFinishesTheDocumentWhenTheExecutorRefusesWork() throws Exception {
        ExecutorService refusing = Executors.newSingleThreadExecutor();
        // A shut-down executor refuses every task, like a saturated managed executor may.
        refusing.shutdown();
        try (TesseractOcrEngine alone = new TesseractOcrEngine(OcrOptions.defaults(2, TESSDATA), refusing, scratch())) {
            OcrResult result = alone.recognize(CORPUS.resolve("3small.pdf"), PDF, "eng", dir.resolve("out.pdf"), null);

            assertEquals(3, result.pages());
            assertEquals(1, alone.allocatedHandles(), "only the calling thread worked");
        }
    }

    @Test
    void closingFreesTheHandlesAndRefusesFurtherWork() throws Exception {
        TesseractOcrEngine closing = new TesseractOcrEngine(OcrOptions.defaults(1, TESSDATA), helpers, scratch());
        closing.recognize(CORPUS.resolve("baiona_color.jpg"), "image/jpeg", "eng", dir.resolve("out.pdf"), null);
        assertEquals(1, closing.allocatedHandles());

        closing.close();

        assertEquals(0, closing.allocatedHandles());
        assertThrows(
                IllegalStateException.class,
                () -> closing.recognize(
                        CORPUS.resolve("baiona_color.jpg"), "image/jpeg", "eng", dir.resolve("again.pdf"), null));
    }

    private String inspectThenRecognize(PdfBoxTextReader reader, Path pdf) throws IOException {
        try {
            PdfInspection inspection = reader.inspect(pdf);
            if (inspection.hasUsableText()) {
                return "text layer, " + inspection.pageCount() + " pages";
            }
            Path out = dir.resolve(pdf.getFileName() + ".ocr.pdf");
            OcrResult result = engine.recognize(pdf, PDF, "eng", out, null);
            try (PDDocument searchable = Loader.loadPDF(out.toFile())) {
                assertEquals(inspection.pageCount(), result.pages(), pdf.getFileName() + " pages recognised");
                assertEquals(
                        inspection.pageCount(),
                        searchable.getNumberOfPages(),
                        pdf.getFileName() + " pages in the searchable PDF");
            }
            return "OCR'd " + result.pages() + " pages";
        } catch (DocumentRejectedException e) {
            return e.getMessage();
        }
    }

    private static String awaitOutcome(Future<String> outcome, Path pdf) throws InterruptedException {
        try {
            return outcome.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return fail(pdf.getFileName() + " took more than 120 s");
        } catch (ExecutionException e) {
            throw new AssertionError(pdf.getFileName() + " failed with " + e.getCause(), e.getCause());
        }
    }

    private DocumentRejectedException refusedQuickly(OcrOptions options, Path input, String type) {
        try (TesseractOcrEngine limited = new TesseractOcrEngine(options, helpers, scratch())) {
            Callable<OcrResult> run = () -> limited.recognize(input, type, "eng", dir.resolve("refused.pdf"), null);
            DocumentRejectedException e = assertTimeoutPreemptively(
                    REFUSED_QUICKLY, () -> assertThrows(DocumentRejectedException.class, run::call));
            assertEquals(0, limited.allocatedHandles(), "refused before any OCR");
            return e;
        }
    }

    private static void assertSearchable(Path pdf, int pages, String word) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(
                    text.toUpperCase(Locale.ROOT).contains(word.toUpperCase(Locale.ROOT)),
                    "text layer has " + word + ": " + text);
        }
    }

    private static void assertAtLeast(double minimum, double actual, String what) {
        assertTrue(actual >= minimum, what + ": " + Math.round(actual * 1000) / 10.0 + "% < " + minimum * 100 + "%");
    }

    /** The share of the expected words (as a multiset, case and punctuation ignored) found in the actual text. */
    static double wordRecall(String expected, String actual) {
        Map<String, Integer> available = new HashMap<>();
        words(actual).forEach(word -> available.merge(word, 1, Integer::sum));
        List<String> wanted = words(expected);
        int found = 0;
        for (String word : wanted) {
            Integer count = available.get(word);
            if (count != null && count > 0) {
                available.put(word, count - 1);
                found++;
            }
        }
        return wanted.isEmpty() ? 1.0 : (double) found / wanted.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static void writeTiff(Path file, BufferedImage... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The typewritten recipe of typewriter.png at 40 % size: clean text that OCRs in a fraction of a second. */
    private static BufferedImage recipe() throws IOException {
        BufferedImage original = ImageIO.read(CORPUS.resolve("typewriter.png").toFile());
        BufferedImage small = new BufferedImage(1600, 1146, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = small.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(original, 0, 0, 1600, 1146, null);
        graphics.dispose();
        return small;
    }

    private static Path scratch() {
        return shared.resolve("scratch");
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** Leptonica through JNA, only to make a WebP test file (Java cannot write WebP). */
    interface Leptonica extends Library {
        int IFF_WEBP = 15;

        Pointer pixRead(String filename);

        int pixWrite(String filename, Pointer pix, int format);

        void pixDestroy(PointerByReference pix);

        static void writeWebp(Path source, Path webp) {
            Leptonica leptonica = Native.load("lept", Leptonica.class);
            Pointer pix = leptonica.pixRead(source.toString());
            assertTrue(pix != null, "Leptonica reads " + source);
            try {
                assertEquals(0, leptonica.pixWrite(webp.toString(), pix, IFF_WEBP), "Leptonica writes WebP");
            } finally {
                leptonica.pixDestroy(new PointerByReference(pix));
            }
            assertTrue(new String(readHead(webp), StandardCharsets.ISO_8859_1).startsWith("RIFF"));
        }

        private static byte[] readHead(Path file) {
            try {
                return Arrays.copyOf(Files.readAllBytes(file), 4);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
