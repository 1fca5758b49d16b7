package io.docuelevate.it.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Documents made in the test, so each test controls exactly what it uploads. */
public final class TestDocuments {

    /** The OCRmyPDF corpus copied under {@code src/test/resources} (see {@link Corpus}). */
    public static final Path CORPUS = Corpus.DIR;

    private TestDocuments() {}

    /** The text layer of a PDF, as PDFBox reads it. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digital PDF with a real text layer, one line per entry. */
    public static byte[] textPdf(String... lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 770);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digital PDF of a plain-text document, 9 pt Helvetica, as many pages as the text needs. */
    public static byte[] textPdf(java.util.List<String> lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += 70) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(50, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 70))) {
                        content.showText(line.replace("\t", "    "));
                        content.newLineAtOffset(0, -11);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 300 dpi scan of a plain-text document as a PNG (monospaced print, white paper). */
    public static byte[] scannedPng(java.util.List<String> lines) {
        BufferedImage image =
                new BufferedImage(2480, Math.max(1200, 200 + lines.size() * 60), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 40));
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 150, y);
            y += 60;
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF that needs a user password to open. */
    public static byte[] encryptedPdf() {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(textPdf("Confidential salary statement 2026"));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only PDF: every page is the given scan, no text layer. */
    public static byte[] scannedPdf(Path image, int pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage scan = ImageIO.read(image.toFile());
            PDImageXObject xobject = LosslessFactory.createFromImage(document, scan);
            for (int i = 0; i < pages; i++) {
                PDRectangle size = new PDRectangle(scan.getWidth() * 72f / 300f, scan.getHeight() * 72f / 300f);
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive (what a PDF name must not smuggle in). */
    public static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("invoice.pdf"));
            zip.write(textPdf("not really a pdf"));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code percent} % of {@code bytes}: a file cut short, as an interrupted download or copy leaves it. */
    public static byte[] cutShort(byte[] bytes, int percent) {
        return java.util.Arrays.copyOf(bytes, (int) ((long) bytes.length * percent / 100));
    }

    /** A PDF header followed by 8 KiB of random bytes: a file claiming to be a PDF that no parser can repair. */
    public static byte[] pdfHeaderThenGarbage() {
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = java.util.Arrays.copyOf(header, header.length + 8192);
        byte[] noise = new byte[8192];
        new java.util.Random(17).nextBytes(noise);
        System.arraycopy(noise, 0, file, header.length, noise.length);
        return file;
    }

    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
