package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.infrastructure.pdf.PdfImageSizes.ImageSize;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfImageSizesTest {

    private static final Path CORPUS = PdfBoxTextReaderTest.CORPUS;

    @Test
    void declaredSizesAreReadWithoutDecoding() throws Exception {
        assertEquals(Optional.of(new ImageSize(35000, 35000)), largest("hugemono.pdf", 0));
        assertEquals(Optional.of(new ImageSize(9000, 9000)), largest("enormous.pdf", 0));
        assertEquals(Optional.of(new ImageSize(2550, 3300)), largest("linn.pdf", 0));
    }

    @Test
    void imagesInsideFormXObjectsAreFound() throws Exception {
        assertEquals(Optional.of(new ImageSize(50, 50)), largest("negzero.pdf", 0));
    }

    @Test
    void theLargestOfSeveralImagesAndPagesWithoutImages() throws Exception {
        assertEquals(Optional.of(new ImageSize(4000, 2864)), largest("3small.pdf", 2));
        assertTrue(largest("trivial.pdf", 0).isEmpty());
    }

    private static Optional<ImageSize> largest(String name, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(CORPUS.resolve(name).toFile())) {
            return PdfImageSizes.largestImage(document.getPage(page));
        }
    }
}
