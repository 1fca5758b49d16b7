package io.docuelevate.infrastructure.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.ocr.ImageProbe.Format;
import io.docuelevate.infrastructure.ocr.ImageProbe.Frame;
import io.docuelevate.infrastructure.ocr.ImageProbe.ImageInfo;
import io.docuelevate.it.support.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProbeTest {

    private static final Path CORPUS = Corpus.DIR;

    @TempDir
    Path dir;

    @Test
    void corpusImagesAreProbedFromTheirHeaders() throws Exception {
        assertEquals(
                new ImageInfo(Format.PNG, List.of(new Frame(2550, 3300, 0))),
                ImageProbe.probe(CORPUS.resolve("linn.png"), 10));
        ImageInfo jpeg = ImageProbe.probe(CORPUS.resolve("baiona_color.jpg"), 10);
        assertEquals(Format.JPEG, jpeg.format());
        assertEquals(new Frame(640, 682, 0), jpeg.frames().get(0), "JFIF density 1x1 without units is no resolution");
    }

    @Test
    void aPngPixelBombIsMeasuredWithoutDecoding() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngHeaderOnly(60_000, 60_000));

        assertEquals(new ImageInfo(Format.PNG, List.of(new Frame(60_000, 60_000, 0))), ImageProbe.probe(bomb, 10));
    }

    @Test
    void webpSizesComeFromAllThreeHeaderKinds() throws Exception {
        assertEquals(new Frame(640, 682, 0), probeWebp(vp8l(640, 682)).frames().get(0));
        assertEquals(
                new Frame(16383, 300, 0), probeWebp(vp8(16383, 300)).frames().get(0));
        assertEquals(
                new Frame(20000, 30000, 0),
                probeWebp(vp8x(20000, 30000, false)).frames().get(0));
    }

    @Test
    void animatedOrBrokenWebpIsRefused() throws Exception {
        DocumentRejectedException animated =
                assertThrows(DocumentRejectedException.class, () -> probeWebp(vp8x(10, 10, true)));
        assertEquals("animated WebP images are not supported for OCR", animated.getMessage());

        byte[] broken = vp8(100, 100);
        broken[23] = 0;
        assertTrue(assertThrows(DocumentRejectedException.class, () -> probeWebp(broken))
                .getMessage()
                .startsWith("unreadable image: "));
    }

    @Test
    void textIsNotAnImage() throws Exception {
        Path list = dir.resolve("files.png");
        Files.writeString(list, "/etc/passwd\n");

        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> ImageProbe.probe(list, 10));

        assertTrue(e.getMessage().startsWith("not a readable image"), e.getMessage());
    }

    private ImageInfo probeWebp(byte[] bytes) throws Exception {
        Path webp = dir.resolve("image.webp");
        Files.write(webp, bytes);
        return ImageProbe.probe(webp, 10);
    }

    private static byte[] vp8(int width, int height) {
        ByteBuffer chunk = le(10);
        chunk.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A});
        chunk.putShort((short) width).putShort((short) height);
        return riff("VP8 ", chunk.array());
    }

    private static byte[] vp8l(int width, int height) {
        ByteBuffer chunk = le(10);
        chunk.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
        return riff("VP8L", chunk.array());
    }

    static byte[] vp8x(int width, int height, boolean animated) {
        ByteBuffer chunk = le(10);
        chunk.put((byte) (animated ? 0x02 : 0)).put(new byte[3]);
        chunk.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        chunk.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return riff("VP8X", chunk.array());
    }

    private static byte[] riff(String fourcc, byte[] payload) {
        ByteBuffer file = le(20 + payload.length);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(12 + payload.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII));
        file.put(fourcc.getBytes(StandardCharsets.US_ASCII))
                .putInt(payload.length)
                .put(payload);
        return file.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A PNG signature and IHDR claiming the given size, then IEND: no pixel data at all. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
