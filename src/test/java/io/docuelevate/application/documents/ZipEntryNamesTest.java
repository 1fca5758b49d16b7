package io.docuelevate.application.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZipEntryNamesTest {

    private final ZipEntryNames names = new ZipEntryNames();

    @Test
    void repeatedNamesAreNumberedBeforeTheExtension() {
        assertEquals("invoice.pdf", names.next("invoice.pdf"));
        assertEquals("invoice (2).pdf", names.next("invoice.pdf"));
        assertEquals("invoice (3).pdf", names.next("invoice.pdf"));
        assertEquals("other.pdf", names.next("other.pdf"));
    }

    @Test
    void namesDifferingOnlyInCaseCollide() {
        assertEquals("Scan.PDF", names.next("Scan.PDF"));
        assertEquals("scan (2).pdf", names.next("scan.pdf"));
    }

    @Test
    void aGeneratedNameNeverTakesAnExistingOne() {
        assertEquals("a (2).pdf", names.next("a (2).pdf"));
        assertEquals("a.pdf", names.next("a.pdf"));
        assertEquals("a (3).pdf", names.next("a.pdf"));
    }

    @Test
    void namesWithoutExtensionAndDotFilesAreNumberedAtTheEnd() {
        assertEquals("README", names.next("README"));
        assertEquals("README (2)", names.next("README"));
        assertEquals(".hidden", names.next(".hidden"));
        assertEquals(".hidden (2)", names.next(".hidden"));
    }

    @Test
    void directoryPartsAreDroppedSoNothingExtractsOutsideTheTarget() {
        assertEquals("passwd", names.next("../../etc/passwd"));
        assertEquals("config.pdf", names.next("..\\windows\\config.pdf"));
        assertEquals("document", names.next(".."));
        assertEquals("document (2)", names.next(null));
        assertEquals("document (3)", names.next("dir/"));
    }
}
