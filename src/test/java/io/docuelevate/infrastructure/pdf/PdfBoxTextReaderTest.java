package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.PdfInspection;
import io.docuelevate.it.support.Corpus;
import io.docuelevate.it.support.TestDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfBoxTextReaderTest {

    static final Path CORPUS = Corpus.DIR;
    private static final String EOF_MISSING = "Missing end of file marker '%%EOF'";
    private static final String SENTENCE = "The quick brown fox jumps over the lazy dog near the river bank.";

    private final PdfBoxTextReader reader = new PdfBoxTextReader();

    @TempDir
    Path dir;

    @Test
    void generatedTextPdfHasUsableTextAndItsProducer() throws Exception {
        Path pdf = dir.resolve("text.pdf");
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, SENTENCE);
            addTextPage(document, "Second page with more words.");
            document.getDocumentInformation().setProducer("DocuElevate test producer");
            document.getDocumentInformation().setCreator("PdfBoxTextReaderTest");
            document.save(pdf.toFile());
        }

        PdfInspection inspection = reader.inspect(pdf);

        assertEquals(new PdfInspection(2, true, "DocuElevate test producer", "PdfBoxTextReaderTest"), inspection);
    }

    @Test
    void imageOnlyScanHasNoUsableText() throws Exception {
        PdfInspection inspection = reader.inspect(CORPUS.resolve("linn.pdf"));

        assertEquals(1, inspection.pageCount());
        assertFalse(inspection.hasUsableText());
        assertEquals("libtiff / tiff2pdf - 20150912", inspection.producer());
    }

    @Test
    void scanWhoseOnlyTextIsAPageNumberHasNoUsableText() throws Exception {
        Path pdf = dir.resolve("scan-with-page-number.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= 3; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, 595, 842);
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(290, 20);
                    content.showText("Page " + number + " of 3");
                    content.endText();
                }
            }
            document.save(pdf.toFile());
        }

        PdfInspection inspection = reader.inspect(pdf);

        assertEquals(3, inspection.pageCount());
        assertFalse(inspection.hasUsableText(), "'Page n of 3' on each page is not a text layer");
        assertTrue(reader.extractText(pdf).contains("Page 2 of 3"), "the page numbers are there, just not enough");
    }

    @Test
    void heuristicNeedsTwentyLettersOrDigitsAndOneRealWord() {
        assertFalse(TextLayerHeuristic.isUsable(""));
        assertFalse(TextLayerHeuristic.isUsable("12"));
        assertFalse(TextLayerHeuristic.isUsable("2024-01-31 12:45:00 0815 4711"), "digits only, no word");
        assertFalse(TextLayerHeuristic.isUsable("ab cd ef gh ij kl mn op qr st uv"), "no word of three letters");
        assertFalse(TextLayerHeuristic.isUsable("Invoice"), "a word, but too little text");
        assertTrue(TextLayerHeuristic.isUsable("Invoice 2024-0042 total 1234"));
        assertTrue(TextLayerHeuristic.isUsable("Rechnung für Grüße Straße"));
        assertTrue(TextLayerHeuristic.isUsable("請求書の合計金額は一万二千円です。お支払いは月末までにお願いします"));
    }

    @Test
    void pagesAreJudgedOneByOne() {
        TextLayerHeuristic heuristic = new TextLayerHeuristic();
        for (int page = 1; page <= 30; page++) {
            heuristic.startPage();
            "Page 10 of 30".chars().forEach(c -> heuristic.accept((char) c));
        }
        assertFalse(heuristic.isUsable(), "thirty page footers are not a text layer");
        heuristic.startPage();
        SENTENCE.chars().forEach(c -> heuristic.accept((char) c));
        heuristic.startPage();
        "7".chars().forEach(c -> heuristic.accept((char) c));
        assertTrue(heuristic.isUsable(), "one page with real text is enough");
    }

    @Test
    void aRealTextPageAmongScansMakesTheDocumentUsable() throws Exception {
        Path pdf = dir.resolve("mixed.pdf");
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, "Page 1 of 2");
            addTextPage(document, SENTENCE);
            document.save(pdf.toFile());
        }

        assertTrue(reader.inspect(pdf).hasUsableText());
    }

    @Test
    void byteSwappedAsciiFromABrokenToUnicodeMapIsNotUsable() throws Exception {
        StringBuilder swapped = new StringBuilder();
        for (char c : "Multicolor Black Pure Magenta Cyan Yellow".toCharArray()) {
            swapped.append((char) (c << 8));
        }
        assertFalse(TextLayerHeuristic.isUsable(swapped));
        assertFalse(reader.inspect(CORPUS.resolve("cmyk.pdf")).hasUsableText(), "cmyk.pdf's layer reads as 䴀甀氀...");
    }

    @Test
    void documentInfoIsReadNullSafely() throws Exception {
        PdfInspection latin1 = reader.inspect(CORPUS.resolve("docinfo_latin1_key.pdf"));
        assertEquals("pikepdf 9.5.2", latin1.producer());
        assertEquals("OCRmyPDF 16.10.0 / EasyOCR-PDF 1.7.2", latin1.creator());

        PdfInspection missing = reader.inspect(CORPUS.resolve("missing_docinfo.pdf"));
        assertNull(missing.producer());
        assertNull(missing.creator());
        assertTrue(missing.hasUsableText(), "it says 'This file has no /DocumentInfo block'");

        assertEquals(
                "Eastman Kodak Company",
                reader.inspect(CORPUS.resolve("kcs.pdf")).producer(),
                "trailing blanks trimmed");
    }

    @Test
    void userPasswordMeansPasswordRequired() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, SENTENCE);
            document.protect(policy("owner-secret", "user-secret", new AccessPermission()));
            document.save(pdf.toFile());
        }

        DocumentRejectedException inspect = assertThrows(DocumentRejectedException.class, () -> reader.inspect(pdf));
        DocumentRejectedException extract =
                assertThrows(DocumentRejectedException.class, () -> reader.extractText(pdf));

        assertEquals("password required", inspect.getMessage());
        assertEquals("password required", extract.getMessage());
    }

    @Test
    void ownerRestrictionsAloneDoNotStopReading() throws Exception {
        Path pdf = dir.resolve("restricted.pdf");
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanPrint(false);
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, SENTENCE);
            document.protect(policy("owner-secret", "", permissions));
            document.save(pdf.toFile());
        }

        assertTrue(reader.inspect(pdf).hasUsableText());
        assertTrue(reader.extractText(pdf).contains("quick brown fox"));
    }

    @Test
    void truncatedAndInvalidPdfsAreUnreadableWithTheParsersReason() throws Exception {
        for (String name : new String[] {"skew.pdf", "c02-22.pdf"}) {
            byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));
            Path half = dir.resolve("half-" + name);
            Files.write(half, Arrays.copyOf(bytes, bytes.length / 2));

            DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> reader.inspect(half));

            assertTrue(e.getMessage().startsWith("unreadable PDF: "), e.getMessage());
            assertTrue(
                    e.getMessage().length() > "unreadable PDF: ".length() + 5,
                    "the parser's reason follows: " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
        DocumentRejectedException invalid =
                assertThrows(DocumentRejectedException.class, () -> reader.extractText(CORPUS.resolve("invalid.pdf")));
        assertTrue(invalid.getMessage().startsWith("unreadable PDF: "), invalid.getMessage());
    }

    @Test
    void aPdfCutAtFortyPercentIsReadByRepairAndSaysWhy() throws Exception {
        Path cut = cutAtFortyPercent("multipage.pdf");

        PdfInspection inspection = reader.inspect(cut);

        assertTrue(inspection.repaired(), "the truncated file was repaired: " + inspection);
        assertEquals(EOF_MISSING, inspection.damage(), "the strict parser's reason");
        assertEquals(6, inspection.pageCount(), "the page tree was recovered");
        assertFalse(inspection.hasUsableText());
    }

    @Test
    void aPdfMissingOnlyItsEndIsRepairedWithAllItsText() throws Exception {
        Path cut = dir.resolve("end-missing.pdf");
        Files.write(cut, TestDocuments.cutShort(TestDocuments.textPdf(SENTENCE), 97));

        PdfInspection inspection = reader.inspect(cut);

        assertEquals(EOF_MISSING, inspection.damage());
        assertTrue(inspection.hasUsableText(), "the repair recovered the text layer");
        assertTrue(reader.extractText(cut).contains("quick brown fox"));
    }

    @Test
    void wellFormedCorpusFilesAreNotRepaired() throws Exception {
        List<String> repaired = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path pdf :
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                if (!pdf.getFileName().toString().equals("invalid.pdf")
                        && reader.inspect(pdf).repaired()) {
                    repaired.add(pdf.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), repaired, "sound files carry no damage");
        assertEquals(null, reader.inspect(CORPUS.resolve("trivial.pdf")).damage());
    }

    @Test
    void aRepairThatRecoversNoPageIsUnreadableWithTheParsersReason() throws Exception {
        Path cut = cutAtFortyPercent("trivial.pdf");

        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> reader.inspect(cut));

        assertEquals("unreadable PDF: " + EOF_MISSING + "; the repair recovered no page", e.getMessage());
    }

    @Test
    void garbageAfterAPdfHeaderIsUnreadableWithTheParsersReason() throws Exception {
        Path garbage = dir.resolve("garbage.pdf");
        Files.write(garbage, TestDocuments.pdfHeaderThenGarbage());

        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> reader.inspect(garbage));

        assertTrue(e.getMessage().startsWith("unreadable PDF: "), e.getMessage());
        assertTrue(e.getMessage().length() > "unreadable PDF: ".length() + 5, e.getMessage());
    }

    @Test
    void aMissingFileIsAnIoProblemNotARejection() {
        assertThrows(NoSuchFileException.class, () -> reader.inspect(dir.resolve("gone.pdf")));
    }

    @Test
    void pagesAreJoinedByOneNewlineIncludingEmptyPages() throws Exception {
        Path pdf = dir.resolve("three-pages.pdf");
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, "First page words");
            document.addPage(new PDPage(PDRectangle.A4));
            addTextPage(document, "Third page words");
            document.save(pdf.toFile());
        }

        String text = reader.extractText(pdf);

        String first;
        String third;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            first = pageText(document, 1);
            third = pageText(document, 3);
        }
        assertTrue(first.contains("First page words"));
        assertEquals(first + "\n" + "\n" + third, text);
    }

    @Test
    void hugeTextIsCappedWithAMarker() throws Exception {
        Path pdf = dir.resolve("text.pdf");
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, SENTENCE);
            addTextPage(document, SENTENCE);
            document.save(pdf.toFile());
        }

        String text = new PdfBoxTextReader(40).extractText(pdf);

        String marker = String.format(PdfBoxTextReader.TRUNCATION_MARKER, 40);
        assertTrue(text.endsWith(marker), text);
        assertEquals(SENTENCE.substring(0, 40), text.substring(0, 40));
        assertEquals(40 + marker.length(), text.length());
        assertFalse(new PdfBoxTextReader().extractText(pdf).contains("truncated"));
    }

    /** A corpus file with only its first 40 % of bytes, as a broken download or an interrupted copy leaves it. */
    private Path cutAtFortyPercent(String name) throws IOException {
        Path cut = dir.resolve("cut-" + name);
        Files.write(cut, TestDocuments.cutShort(Files.readAllBytes(CORPUS.resolve(name)), 40));
        return cut;
    }

    static void addTextPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }

    private static StandardProtectionPolicy policy(String owner, String user, AccessPermission permissions) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
