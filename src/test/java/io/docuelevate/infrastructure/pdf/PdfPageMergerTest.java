package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPageMergerTest {

    @TempDir
    Path dir;

    @Test
    void pagesAreMergedInListOrderAndReplaceTheTarget() throws Exception {
        List<Path> parts = new ArrayList<>();
        for (String word : new String[] {"alpha", "bravo", "charlie"}) {
            parts.add(singlePagePdf(word));
        }
        Path target = dir.resolve("out").resolve("merged.pdf");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content");

        PdfPageMerger.mergeAtomically(parts, target, dir);

        try (PDDocument merged = Loader.loadPDF(target.toFile())) {
            assertEquals(3, merged.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(merged).contains(new String[] {"alpha", "bravo", "charlie"}[page - 1]));
            }
        }
        assertEquals(List.of(target), list(target.getParent()), "no temp file left beside the result");
    }

    @Test
    void aFailedMergeLeavesTheOldTargetAndNoTempFile() throws Exception {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nnot really a pdf");
        Path target = dir.resolve("out").resolve("merged.pdf");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old content");

        assertThrows(
                IOException.class,
                () -> PdfPageMerger.mergeAtomically(List.of(singlePagePdf("alpha"), broken), target, dir));

        assertArrayEquals("old content".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), list(target.getParent()));
    }

    private Path singlePagePdf(String word) throws IOException {
        Path pdf = dir.resolve(word + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PdfBoxTextReaderTest.addTextPage(document, word);
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
