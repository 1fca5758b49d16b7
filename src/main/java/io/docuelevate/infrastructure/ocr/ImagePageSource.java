package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.ocr.ImageProbe.Format;
import io.docuelevate.infrastructure.ocr.ImageProbe.Frame;
import io.docuelevate.infrastructure.ocr.ImageProbe.ImageInfo;
import io.docuelevate.infrastructure.pdf.PdfDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The frames of an image file, handed to Tesseract as they are: Leptonica decodes PNG, JPEG, TIFF (a
 * multi-page TIFF is read one frame per page), GIF, BMP and WebP itself, which is the fastest path and
 * keeps JPEG data unchanged in the searchable PDF. Should Leptonica fail on a file Java can decode, the
 * frame is decoded with ImageIO and retried as PNG.
 *
 * <p>Resolution: the file's own, when it is credible (70-2400 dpi, Tesseract's range), else
 * {@code OCR_DPI}; it sets the page size of the searchable PDF.
 */
final class ImagePageSource implements PageSource {

    private static final int MIN_CREDIBLE_DPI = 70;
    private static final int MAX_CREDIBLE_DPI = 2400;

    private final Path image;
    private final ImageInfo info;
    private final int fallbackDpi;

    private ImagePageSource(Path image, ImageInfo info, int fallbackDpi) {
        this.image = image;
        this.info = info;
        this.fallbackDpi = fallbackDpi;
    }

    static ImagePageSource plan(Path image, OcrOptions options) throws DocumentRejectedException, IOException {
        ImageInfo info = ImageProbe.probe(image, options.maxPages());
        int frames = info.frames().size();
        if (frames > options.maxPages()) {
            throw new DocumentRejectedException(String.format(
                    Locale.ROOT, "the image has more pages than OCR_MAX_PAGES (%d) allows", options.maxPages()));
        }
        for (int index = 0; index < frames; index++) {
            Frame frame = info.frames().get(index);
            if (frame.pixels() > options.maxPagePixels()) {
                String which = frames == 1 ? "the image" : "page " + (index + 1) + " of the image";
                throw new DocumentRejectedException(String.format(
                        Locale.ROOT,
                        "%s is %d×%d pixels (%s), above OCR_MAX_PAGE_PIXELS (%d)",
                        which,
                        frame.width(),
                        frame.height(),
                        OcrOptions.pixelAmount(frame.pixels()),
                        options.maxPagePixels()));
            }
        }
        return new ImagePageSource(image, info, options.dpi());
    }

    @Override
    public int pageCount() {
        return info.frames().size();
    }

    @Override
    public Renderer openRenderer() {
        return new Renderer() {
            @Override
            public PageImage image(int index, Path workDir) {
                int tiffFrame = info.format() == Format.TIFF ? index : -1;
                return new PageImage(image, tiffFrame, dpi(index), false);
            }

            @Override
            public Optional<PageImage> decodedCopy(int index, Path workDir)
                    throws DocumentRejectedException, IOException {
                if (info.format() == Format.WEBP) {
                    return Optional.empty();
                }
                Path copy = workDir.resolve(String.format(Locale.ROOT, "page-%05d.png", index + 1));
                ImageIO.write(decode(index), "png", copy.toFile());
                return Optional.of(new PageImage(copy, -1, dpi(index), true));
            }

            @Override
            public void close() {
                // nothing is held between pages
            }
        };
    }

    private int dpi(int index) {
        int dpi = info.frames().get(index).dpi();
        return dpi >= MIN_CREDIBLE_DPI && dpi <= MAX_CREDIBLE_DPI ? dpi : fallbackDpi;
    }

    private BufferedImage decode(int index) throws DocumentRejectedException, IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DocumentRejectedException("not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, false, true);
                return reader.read(index);
            } finally {
                reader.dispose();
            }
        } catch (IIOException | RuntimeException e) {
            throw new DocumentRejectedException("unreadable image: " + PdfDocuments.oneLineReason(e), e);
        }
    }
}
