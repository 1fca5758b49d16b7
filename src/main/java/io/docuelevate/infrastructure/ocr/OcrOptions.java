package io.docuelevate.infrastructure.ocr;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The resolved, validated OCR configuration the engine runs with (from {@link OcrSettings} in the
 * server, built directly in tests).
 *
 * @param defaultLanguages Tesseract languages used when a caller passes none, e.g. {@code eng+deu}
 * @param concurrency      Tesseract handles (about 60 MB native memory each), so at most this many pages at once
 * @param maxEnginesPerDocument most handles one document holds at once, so others keep some while a long
 *                         document is read (capped at {@code concurrency})
 * @param dpi              resolution PDF pages are rendered at
 * @param maxPagePixels    largest rendered page or input image, in pixels
 * @param maxImagePixels   largest image embedded in a PDF page, in pixels (read from its dictionary)
 * @param maxPages         most pages (or image frames) one document may have
 * @param tessdataDir      directory with the {@code *.traineddata} files and {@code pdf.ttf}
 */
public record OcrOptions(
        String defaultLanguages,
        int concurrency,
        int maxEnginesPerDocument,
        int dpi,
        long maxPagePixels,
        long maxImagePixels,
        int maxPages,
        Path tessdataDir) {

    public static final String DEFAULT_LANGUAGES = "eng+deu";
    public static final int DEFAULT_DPI = 300;
    /**
     * 40 MP: an A2 scan at 300 dpi (35 MP) passes; a decoded 40 MP colour image already takes 160 MB of
     * the 512 MB heap, so larger pages and images (enormous.pdf's 81 MP, hugemono.pdf's 1.2 GP) are
     * refused before anything is decoded. Raise together with {@code -Xmx}.
     */
    public static final long DEFAULT_MAX_PAGE_PIXELS = 40_000_000L;
    /** Same bound for images embedded in PDF pages; see {@link #DEFAULT_MAX_PAGE_PIXELS}. */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 40_000_000L;

    public static final int DEFAULT_MAX_PAGES = 2000;
    /** An oversized PDF page may be rendered at a lower resolution than {@link #dpi}, but not below this. */
    public static final int MIN_DPI = 150;

    public OcrOptions {
        Objects.requireNonNull(defaultLanguages, "defaultLanguages");
        Objects.requireNonNull(tessdataDir, "tessdataDir");
        requirePositive("OCR_CONCURRENCY", concurrency);
        requirePositive("OCR_MAX_ENGINES_PER_DOCUMENT", maxEnginesPerDocument);
        requirePositive("OCR_DPI", dpi);
        requirePositive("OCR_MAX_PAGE_PIXELS", maxPagePixels);
        requirePositive("OCR_MAX_IMAGE_PIXELS", maxImagePixels);
        requirePositive("OCR_MAX_PAGES", maxPages);
    }

    /** The documented defaults with the given concurrency and tessdata directory. */
    public static OcrOptions defaults(int concurrency, Path tessdataDir) {
        return new OcrOptions(
                DEFAULT_LANGUAGES,
                concurrency,
                defaultEnginesPerDocument(concurrency),
                DEFAULT_DPI,
                DEFAULT_MAX_PAGE_PIXELS,
                DEFAULT_MAX_IMAGE_PIXELS,
                DEFAULT_MAX_PAGES,
                tessdataDir);
    }

    public OcrOptions withLimits(long pagePixels, long imagePixels, int pages) {
        return new OcrOptions(
                defaultLanguages, concurrency, maxEnginesPerDocument, dpi, pagePixels, imagePixels, pages, tessdataDir);
    }

    public OcrOptions withEnginesPerDocument(int engines) {
        return new OcrOptions(
                defaultLanguages, concurrency, engines, dpi, maxPagePixels, maxImagePixels, maxPages, tessdataDir);
    }

    /**
     * All engines but one (at least one): a long document alone keeps most of the throughput, and one engine
     * is always left for the documents that arrive meanwhile.
     */
    public static int defaultEnginesPerDocument(int concurrency) {
        return Math.max(1, concurrency - 1);
    }

    /** The handles one document may hold at once: its share, never more than there are. */
    public int enginesPerDocument() {
        return Math.min(maxEnginesPerDocument, concurrency);
    }

    /** The lowest resolution an oversized page may be rendered at. */
    public int minDpi() {
        return Math.min(MIN_DPI, dpi);
    }

    /** A pixel count for messages: "306 MP", "1.2 GP". */
    static String pixelAmount(long pixels) {
        if (pixels >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GP", pixels / 1e9);
        }
        return pixels >= 10_000_000L
                ? String.format(Locale.ROOT, "%d MP", Math.round(pixels / 1e6))
                : String.format(Locale.ROOT, "%.1f MP", pixels / 1e6);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
