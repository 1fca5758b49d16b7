import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the benchmark's PDFs from bench/metadata/docs: for every NN-name.txt a digital PDF (the text in a
 * monospaced font so the layout's columns survive, A4), and for every document whose expected JSON says
 * "scanned": true also NN-name-scan.pdf — each page rendered at 300 dpi in grey, slightly rotated, with
 * scanner speckle and brightness noise, JPEG-compressed into an image-only PDF (no text layer, so the
 * pipeline must OCR it). Deterministic: the same input gives the same files.
 *
 * <pre>java -cp target/classes:$(deps) bench/metadata/GenerateDocuments.java [--docs DIR] [--out DIR]</pre>
 */
public class GenerateDocuments {

    static final float MARGIN = 50;
    static final float MAX_FONT_SIZE = 9.5f;
    static final float MIN_FONT_SIZE = 5.5f;
    static final int DPI = 300;
    static final Path MONO_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(option(args, "--docs", "bench/metadata/docs"));
        Path out = Files.createDirectories(Path.of(option(args, "--out", "target/bench-metadata/pdf")));
        int digital = 0;
        int scanned = 0;
        try (Stream<Path> files = Files.list(docs)) {
            for (Path text : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path pdf = out.resolve(name + ".pdf");
                writeDigital(Files.readString(text), pdf);
                digital++;
                if (expected(docs.resolve(name + ".expected.json")).getBoolean("scanned", false)) {
                    writeScan(pdf, out.resolve(name + "-scan.pdf"), new Random(name.hashCode()));
                    scanned++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d digital and %d scanned PDFs in %s%n", digital, scanned, out);
    }

    static JsonObject expected(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        }
    }

    /** The text on A4 pages in a monospaced font, shrunk to fit the widest line (not below MIN_FONT_SIZE, then wrapped). */
    static void writeDigital(String text, Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = Files.isRegularFile(MONO_FONT) ? PDType0Font.load(document, MONO_FONT.toFile())
                    : new PDType1Font(Standard14Fonts.FontName.COURIER);
            List<String> lines = List.of(text.replace("\t", "    ").split("\n", -1));
            int widest = lines.stream().mapToInt(String::length).max().orElse(1);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float size = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, width / (Math.max(widest, 1) * 0.6f)));
            int perLine = (int) Math.floor(width / (size * 0.6f));
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                String rest = safe(font, line);
                while (rest.length() > perLine) {
                    wrapped.add(rest.substring(0, perLine));
                    rest = rest.substring(perLine);
                }
                wrapped.add(rest);
            }
            float leading = size * 1.25f;
            int perPage = (int) Math.floor((PDRectangle.A4.getHeight() - 2 * MARGIN) / leading);
            for (int start = 0; start < wrapped.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, size);
                    content.setLeading(leading);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN - size);
                    for (String line : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(pdf.getFileName().toString());
            document.getDocumentInformation().setProducer("DocuElevate metadata benchmark (Apache PDFBox)");
            document.save(pdf.toFile());
        }
    }

    /** Characters the font cannot show become '?', as a real printer driver would drop them. */
    static String safe(PDFont font, String line) {
        StringBuilder result = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                result.append('?');
            }
        });
        return result.toString();
    }

    /** Every page rendered at 300 dpi, skewed a little, speckled, JPEG-compressed: an image-only scan. */
    static void writeScan(Path digital, Path scan, Random random) throws IOException {
        try (PDDocument source = Loader.loadPDF(digital.toFile()); PDDocument target = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                BufferedImage noisy = scanLook(page, random);
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage out = new PDPage(box);
                target.addPage(out);
                PDImageXObject image = JPEGFactory.createFromImage(target, noisy, 0.8f, DPI);
                try (PDPageContentStream content = new PDPageContentStream(target, out)) {
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            target.getDocumentInformation().setProducer("DocuElevate metadata benchmark scanner simulation");
            target.save(scan.toFile());
        }
    }

    static BufferedImage scanLook(BufferedImage page, Random random) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = result.createGraphics();
        g.setColor(new Color(246, 246, 246));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double angle = Math.toRadians((random.nextDouble() - 0.5) * 0.8);
        AffineTransform transform = AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0);
        transform.translate(random.nextInt(9) - 4, random.nextInt(9) - 4);
        g.drawImage(page, transform, null);
        g.dispose();
        var raster = result.getRaster();
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                int value = raster.getSample(x, y, 0) + (int) (random.nextGaussian() * 6);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
            }
        }
        int speckles = w * h / 2500;
        for (int i = 0; i < speckles; i++) {
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            raster.setSample(x, y, 0, random.nextInt(120));
        }
        return result;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
