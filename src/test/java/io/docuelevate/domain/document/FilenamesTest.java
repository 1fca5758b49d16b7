package io.docuelevate.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilenamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd.pdf                      | passwd.pdf",
                "/etc/shadow.pdf                           | shadow.pdf",
                "..\\..\\..\\windows\\system32\\config.pdf | windows_system32_config.pdf",
                "../path\\to/file.pdf                      | file.pdf",
                "Rechnung März 2026.pdf                    | Rechnung März 2026.pdf",
                "scan.PDF                                  | scan.PDF",
            })
    void uploadNamesAreReducedToASafeBasename(String client, String expected) {
        assertEquals(expected, Filenames.uploadName(client));
    }

    @Test
    void specialCharactersAreReplacedButTheExtensionStays() {
        String name = Filenames.uploadName("file name with spaces & special!@#chars.pdf");
        assertFalse(name.matches(".*[!@#&].*"), name);
        assertTrue(name.endsWith(".pdf"), name);
        assertEquals("file name with spaces _ special_chars.pdf", name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/etc/passwd                | etc_passwd",
                "Document_2024-01-15.pdf    | Document_2024-01-15.pdf",
                "2026-03-14_Invoice..Amazon | 2026-03-14_Invoice_Amazon",
                "a__b  c                    | a_b c",
            })
    void sanitizeFollowsTheReferenceRules(String raw, String expected) {
        assertEquals(expected, Filenames.sanitize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "...", "..", "/", "___"})
    void emptyOrOnlyDotsBecomesATimestampedName(String raw) {
        assertTrue(Filenames.sanitize(raw).matches("document_\\d{8}_\\d{6}"), Filenames.sanitize(raw));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = Filenames.sanitize("x".repeat(500) + ".pdf");
        assertEquals(200, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void extensionAndStem() {
        assertEquals(".pdf", Filenames.extension("Scan.PDF"));
        assertEquals("", Filenames.extension("README"));
        assertEquals("", Filenames.extension(".hidden"));
        assertEquals("Scan", Filenames.stem("Scan.PDF"));
    }

    @Test
    void resolveInsideRefusesEscapes() {
        Path root = Path.of("/srv/work/processed");
        assertEquals(Path.of("/srv/work/processed/a.pdf"), Filenames.resolveInside(root, "a.pdf"));
        assertThrows(IllegalArgumentException.class, () -> Filenames.resolveInside(root, "../original/a.pdf"));
        assertThrows(IllegalArgumentException.class, () -> Filenames.resolveInside(root, "/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> Filenames.resolveInside(root, "."));
    }
}
