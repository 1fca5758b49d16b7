package io.docuelevate.interfaces.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    @Test
    void sizesAreShownInBinaryUnitsForTheLanguage() {
        assertEquals("1 GB", UploadLimits.humanSize(1L << 30, Locale.ENGLISH));
        assertEquals("1.5 GB", UploadLimits.humanSize(3L << 29, Locale.ENGLISH));
        assertEquals("1,5 GB", UploadLimits.humanSize(3L << 29, Locale.GERMAN));
        assertEquals("500 B", UploadLimits.humanSize(500, Locale.ENGLISH));
        assertEquals("10 MB", UploadLimits.humanSize(10L << 20, Locale.GERMAN));
    }

    @Test
    void theAcceptedTypesAreTheOnesIngestRecognises() {
        assertEquals(
                "PDF, PNG, JPG, TIFF, GIF, BMP, WEBP, DOCX, DOC, ODT, RTF, XLSX, XLS, ODS, PPTX, PPT, ODP, TXT, MD, HTML, EML",
                new UploadLimits().getAllowedTypes());
    }
}
