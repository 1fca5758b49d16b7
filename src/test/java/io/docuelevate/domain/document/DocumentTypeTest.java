package io.docuelevate.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypeTest {

    private static Optional<DocumentType> detect(byte[] bytes) {
        byte[] header = Arrays.copyOf(bytes, DocumentType.HEADER_BYTES);
        return DocumentType.detect(header, Math.min(bytes.length, DocumentType.HEADER_BYTES));
    }

    @ParameterizedTest
    @CsvSource({
        "linn.pdf, PDF",
        "linn.png, PNG",
        "typewriter.png, PNG",
        "baiona_color.jpg, JPEG",
    })
    void corpusFilesAreRecognisedByContent(String file, DocumentType expected) throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.file(file));
        assertEquals(Optional.of(expected), detect(bytes));
    }

    @Test
    void magicBytesOfEveryAcceptedType() {
        assertEquals(Optional.of(DocumentType.TIFF), detect(new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0}));
        assertEquals(Optional.of(DocumentType.TIFF), detect(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}));
        assertEquals(Optional.of(DocumentType.GIF), detect("GIF89a....".getBytes()));
        assertEquals(Optional.of(DocumentType.BMP), detect("BM..............".getBytes()));
        assertEquals(Optional.of(DocumentType.WEBP), detect("RIFF\0\0\0\0WEBPVP8 ".getBytes()));
    }

    @Test
    void zipNamedPdfAndOtherBytesAreNotAccepted() {
        assertEquals(Optional.empty(), detect(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
        assertEquals(Optional.empty(), detect("RIFF\0\0\0\0WAVEfmt ".getBytes()));
        assertEquals(Optional.empty(), detect("hello world".getBytes()));
        assertEquals(Optional.empty(), detect(new byte[0]));
        assertEquals(Optional.empty(), detect("%PD".getBytes()), "a truncated signature is not enough");
    }

    @Test
    void mimeTypesMapBack() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.fromMimeType("application/pdf"));
        assertEquals(Optional.empty(), DocumentType.fromMimeType("application/zip"));
    }
}
