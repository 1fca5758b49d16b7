package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.pdf.PdfDocuments;
import io.docuelevate.infrastructure.pdf.PdfImageSizes;
import io.docuelevate.infrastructure.pdf.PdfImageSizes.ImageSize;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF, rendered with PDFBox in grayscale and written as PGM (binary PNM), which
 * Leptonica reads without decompression: writing an A4 page at 300 dpi takes about 20 ms as PGM against
 * 200-300 ms as PNG.
 *
 * <p>Planning checks every page before anything is rendered: the page count against
 * {@code OCR_MAX_PAGES}, the rendered size against {@code OCR_MAX_PAGE_PIXELS} (an oversized page is
 * rendered at a lower resolution, down to {@link OcrOptions#minDpi()}), and each embedded image's
 * declared size against {@code OCR_MAX_IMAGE_PIXELS}.
 */
final class PdfPageSource implements PageSource {

    private static final Logger LOG = Logger.getLogger(PdfPageSource.class.getName());

    private final Path pdf;
    private final Path scratchDir;
    private final int[] dpiByPage;

    private PdfPageSource(Path pdf, Path scratchDir, int[] dpiByPage) {
        this.pdf = pdf;
        this.scratchDir = scratchDir;
        this.dpiByPage = dpiByPage;
    }

    static PdfPageSource plan(Path pdf, OcrOptions options, Path scratchDir)
            throws DocumentRejectedException, IOException {
        try (PDDocument document = PdfDocuments.open(pdf, scratchDir)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentRejectedException("the PDF has no pages");
            }
            if (pages > options.maxPages()) {
                throw new DocumentRejectedException(String.format(
                        Locale.ROOT, "the PDF has %d pages, above OCR_MAX_PAGES (%d)", pages, options.maxPages()));
            }
            int[] dpiByPage = new int[pages];
            try {
                for (int index = 0; index < pages; index++) {
                    PDPage page = document.getPage(index);
                    dpiByPage[index] = renderDpi(page, index + 1, options);
                    checkImages(page, index + 1, options);
                }
            } catch (RuntimeException e) {
                throw PdfDocuments.unreadable(e);
            }
            return new PdfPageSource(pdf, scratchDir, dpiByPage);
        }
    }

    @Override
    public int pageCount() {
        return dpiByPage.length;
    }

    @Override
    public Renderer openRenderer() {
        return new PdfRenderer();
    }

    /** The configured resolution, or the highest lower one (not below the floor) that fits the pixel limit. */
    private static int renderDpi(PDPage page, int pageNumber, OcrOptions options) throws DocumentRejectedException {
        PDRectangle box = page.getCropBox();
        double width = box.getWidth();
        double height = box.getHeight();
        int dpi = options.dpi();
        if (renderedPixels(width, height, dpi) <= options.maxPagePixels()) {
            return dpi;
        }
        int lowered = (int)
                Math.floor(dpi * Math.sqrt((double) options.maxPagePixels() / renderedPixels(width, height, dpi)));
        while (lowered >= options.minDpi() && renderedPixels(width, height, lowered) > options.maxPagePixels()) {
            lowered--;
        }
        if (lowered >= options.minDpi()) {
            int chosen = lowered;
            LOG.info(() ->
                    "page " + pageNumber + " is rendered at " + chosen + " dpi to stay within OCR_MAX_PAGE_PIXELS");
            return lowered;
        }
        int floor = options.minDpi();
        throw new DocumentRejectedException(String.format(
                Locale.ROOT,
                "page %d is %s×%s points = %d×%d pixels even at %d dpi (%s), above OCR_MAX_PAGE_PIXELS (%d)",
                pageNumber,
                points(width),
                points(height),
                renderedSide(width, floor),
                renderedSide(height, floor),
                floor,
                OcrOptions.pixelAmount(renderedPixels(width, height, floor)),
                options.maxPagePixels()));
    }

    private static void checkImages(PDPage page, int pageNumber, OcrOptions options) throws DocumentRejectedException {
        Optional<ImageSize> largest = PdfImageSizes.largestImage(page);
        if (largest.isPresent() && largest.get().pixels() > options.maxImagePixels()) {
            ImageSize image = largest.get();
            throw new DocumentRejectedException(String.format(
                    Locale.ROOT,
                    "page %d embeds a %d×%d pixel image (%s), above OCR_MAX_IMAGE_PIXELS (%d)",
                    pageNumber,
                    image.width(),
                    image.height(),
                    OcrOptions.pixelAmount(image.pixels()),
                    options.maxImagePixels()));
        }
    }

    /** The size PDFRenderer gives a page side: whole pixels, at least one. */
    private static long renderedSide(double points, int dpi) {
        return Math.max((long) Math.floor(points * dpi / 72.0), 1);
    }

    private static long renderedPixels(double width, double height, int dpi) {
        return renderedSide(width, dpi) * renderedSide(height, dpi);
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Renders with its own document: PDFBox documents must not be shared between threads. */
    private final class PdfRenderer implements Renderer {
        private PDDocument document;
        private PDFRenderer renderer;

        @Override
        public PageImage image(int index, Path workDir) throws DocumentRejectedException, IOException {
            if (document == null) {
                document = PdfDocuments.open(pdf, scratchDir);
                document.setResourceCache(new ImagelessResourceCache());
                renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
            }
            BufferedImage page;
            try {
                page = renderer.renderImageWithDPI(index, dpiByPage[index], ImageType.GRAY);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new DocumentRejectedException(
                        "page " + (index + 1) + " could not be rendered: " + PdfDocuments.oneLineReason(e), e);
            }
            Path file = workDir.resolve(String.format(Locale.ROOT, "page-%05d.pgm", index + 1));
            writePgm(page, file);
            return new PageImage(file, -1, dpiByPage[index], true);
        }

        @Override
        public void close() throws IOException {
            if (document != null) {
                document.close();
            }
        }
    }

    /** Writes an 8-bit grayscale image as binary PGM (P5). */
    static void writePgm(BufferedImage gray, Path file) throws IOException {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit gray image, got type " + gray.getType());
        }
        int width = gray.getWidth();
        int height = gray.getHeight();
        Raster raster = gray.getRaster();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (isPacked(raster, width)) {
                out.write(((DataBufferByte) raster.getDataBuffer()).getData(), 0, width * height);
            } else {
                byte[] row = new byte[width];
                for (int y = 0; y < height; y++) {
                    raster.getDataElements(0, y, width, 1, row);
                    out.write(row);
                }
            }
        }
    }

    private static boolean isPacked(Raster raster, int width) {
        return raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof ComponentSampleModel model
                && model.getScanlineStride() == width
                && model.getPixelStride() == 1
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0
                && buffer.getOffset() == 0;
    }

    /** Caches fonts and colour spaces as usual but never decoded images, which can be huge. */
    private static final class ImagelessResourceCache extends DefaultResourceCache {
        @Override
        public void put(COSObject indirect, PDXObject xobject) {
            // not cached: an image is drawn on one page, usually
        }
    }
}
