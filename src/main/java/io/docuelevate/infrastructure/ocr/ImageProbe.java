package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.pdf.PdfDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads an image file's format, frame sizes and resolution from its headers only, so that pixel bombs
 * are refused before anything is decoded. The format is taken from the content, never from the name
 * or the declared type: Tesseract treats a file it does not recognise as a list of file names.
 */
final class ImageProbe {

    /** The formats Leptonica decodes itself (Debian's build has libpng, libjpeg, libtiff, libgif, libwebp). */
    enum Format {
        PNG,
        JPEG,
        TIFF,
        GIF,
        BMP,
        WEBP
    }

    /** One frame (page) of an image; {@code dpi} is 0 when the file does not say. */
    record Frame(int width, int height, int dpi) {
        long pixels() {
            return (long) width * height;
        }
    }

    record ImageInfo(Format format, List<Frame> frames) {}

    private ImageProbe() {}

    /**
     * Probes {@code file}; a TIFF lists its frames, stopping after {@code maxFrames + 1} so a caller can
     * report "more than the limit" without the probe walking an endless directory chain.
     */
    static ImageInfo probe(Path file, int maxFrames) throws DocumentRejectedException, IOException {
        byte[] head = readHead(file, 32);
        if (WebpHeader.isWebp(head)) {
            return new ImageInfo(Format.WEBP, List.of(WebpHeader.frame(head)));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                throw new IOException("cannot open " + file + " as an image stream");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DocumentRejectedException(
                        "not a readable image: the content is none of PNG, JPEG, TIFF, GIF, BMP or WebP");
            }
            ImageReader reader = readers.next();
            try {
                Format format = format(reader.getFormatName());
                reader.setInput(input, false, false);
                int frameLimit = format == Format.TIFF ? maxFrames + 1 : 1;
                return new ImageInfo(format, frames(reader, frameLimit));
            } finally {
                reader.dispose();
            }
        } catch (IIOException | RuntimeException e) {
            throw new DocumentRejectedException("unreadable image: " + PdfDocuments.oneLineReason(e), e);
        }
    }

    private static List<Frame> frames(ImageReader reader, int frameLimit) throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (int index = 0; index < frameLimit; index++) {
            int width;
            try {
                width = reader.getWidth(index);
            } catch (IndexOutOfBoundsException e) {
                break;
            }
            frames.add(new Frame(width, reader.getHeight(index), dpi(reader, index)));
        }
        if (frames.isEmpty()) {
            throw new IIOException("the image has no frames");
        }
        return frames;
    }

    private static Format format(String readerFormat) throws DocumentRejectedException {
        switch (readerFormat.toLowerCase(Locale.ROOT)) {
            case "png":
                return Format.PNG;
            case "jpeg":
            case "jpg":
                return Format.JPEG;
            case "tif":
            case "tiff":
                return Format.TIFF;
            case "gif":
                return Format.GIF;
            case "bmp":
                return Format.BMP;
            default:
                throw new DocumentRejectedException("image format " + readerFormat + " is not supported for OCR");
        }
    }

    /** The vertical resolution from the standard metadata tree (millimetres per pixel), 0 if unknown. */
    private static int dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Node root = metadata.getAsTree("javax_imageio_1.0");
            double millimetres = pixelSize(root, "VerticalPixelSize");
            if (millimetres <= 0) {
                millimetres = pixelSize(root, "HorizontalPixelSize");
            }
            return millimetres > 0 ? (int) Math.round(25.4 / millimetres) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double pixelSize(Node root, String name) {
        for (Node group = root.getFirstChild(); group != null; group = group.getNextSibling()) {
            if (!"Dimension".equals(group.getNodeName())) {
                continue;
            }
            for (Node node = group.getFirstChild(); node != null; node = node.getNextSibling()) {
                NamedNodeMap attributes = node.getAttributes();
                if (name.equals(node.getNodeName()) && attributes != null && attributes.getNamedItem("value") != null) {
                    return Double.parseDouble(attributes.getNamedItem("value").getNodeValue());
                }
            }
        }
        return 0;
    }

    private static byte[] readHead(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    /** The few header bytes of a WebP file that give its canvas size (Java's ImageIO cannot read WebP). */
    static final class WebpHeader {

        private WebpHeader() {}

        static boolean isWebp(byte[] head) {
            return head.length >= 16 && ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP");
        }

        static Frame frame(byte[] head) throws DocumentRejectedException {
            if (head.length < 30) {
                throw new DocumentRejectedException("unreadable image: the WebP header is truncated");
            }
            if (ascii(head, 12, "VP8 ")) {
                if ((head[23] & 0xFF) != 0x9D || (head[24] & 0xFF) != 0x01 || (head[25] & 0xFF) != 0x2A) {
                    throw new DocumentRejectedException("unreadable image: bad WebP (VP8) start code");
                }
                return new Frame(u16(head, 26) & 0x3FFF, u16(head, 28) & 0x3FFF, 0);
            }
            if (ascii(head, 12, "VP8L")) {
                if ((head[20] & 0xFF) != 0x2F) {
                    throw new DocumentRejectedException("unreadable image: bad WebP (VP8L) signature");
                }
                long bits = (head[21] & 0xFFL)
                        | (head[22] & 0xFFL) << 8
                        | (head[23] & 0xFFL) << 16
                        | (head[24] & 0xFFL) << 24;
                return new Frame((int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1, 0);
            }
            if (ascii(head, 12, "VP8X")) {
                if ((head[20] & 0x02) != 0) {
                    throw new DocumentRejectedException("animated WebP images are not supported for OCR");
                }
                return new Frame(u24(head, 24) + 1, u24(head, 27) + 1, 0);
            }
            throw new DocumentRejectedException("unreadable image: unknown WebP chunk");
        }

        private static boolean ascii(byte[] bytes, int offset, String expected) {
            for (int i = 0; i < expected.length(); i++) {
                if (bytes[offset + i] != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static int u16(byte[] bytes, int offset) {
            return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
        }

        private static int u24(byte[] bytes, int offset) {
            return u16(bytes, offset) | (bytes[offset + 2] & 0xFF) << 16;
        }
    }
}
