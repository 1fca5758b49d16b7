package io.docuelevate.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.it.support.OfficeFiles;
import io.docuelevate.it.support.TestDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertibleTypesTest {

    @TempDir
    Path dir;

    private Optional<DocumentType> detect(String name, byte[] content) throws IOException {
        Path file = dir.resolve("upload.part");
        Files.write(file, content);
        return ConvertibleTypes.detect(file, name);
    }

    @Test
    void officePackagesAreRecognisedByTheirPartsWhateverTheirName() throws IOException {
        assertEquals(Optional.of(DocumentType.DOCX), detect("a.docx", OfficeFiles.docx("w")));
        assertEquals(Optional.of(DocumentType.XLSX), detect("a.xlsx", OfficeFiles.xlsx("w")));
        assertEquals(Optional.of(DocumentType.PPTX), detect("a.pptx", OfficeFiles.pptx("w")));
        assertEquals(Optional.of(DocumentType.ODT), detect("a.odt", OfficeFiles.odt("w")));
        assertEquals(Optional.of(DocumentType.ODS), detect("a.ods", OfficeFiles.ods("w")));
        assertEquals(Optional.of(DocumentType.ODP), detect("a.odp", OfficeFiles.odp("w")));
        assertEquals(Optional.of(DocumentType.DOCX), detect("letter.pdf", OfficeFiles.docx("w")), "content wins");
        assertEquals(Optional.of(DocumentType.XLSX), detect("noname", OfficeFiles.xlsx("w")));
    }

    @Test
    void aPlainZipIsRefusedEvenWithAnOfficeNameButADamagedOfficeFileIsTakenByItsName() throws IOException {
        assertEquals(Optional.empty(), detect("report.docx", TestDocuments.zip()));
        byte[] damaged = Arrays.copyOf(OfficeFiles.docx("w"), 300);
        assertEquals(Optional.of(DocumentType.DOCX), detect("report.docx", damaged));
        assertEquals(Optional.empty(), detect("report.zip", damaged));
    }

    @Test
    void legacyBinariesAreOle2FilesTakenByTheirName() throws IOException {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertEquals(Optional.of(DocumentType.DOC), detect("old.DOC", ole2));
        assertEquals(Optional.of(DocumentType.XLS), detect("old.xls", ole2));
        assertEquals(Optional.of(DocumentType.PPT), detect("old.ppt", ole2));
        assertEquals(Optional.empty(), detect("installer.msi", ole2));
    }

    @Test
    void rtfByItsSignatureAndTextFormatsByNameWhenTheContentIsText() throws IOException {
        assertEquals(Optional.of(DocumentType.RTF), detect("contract.txt", OfficeFiles.rtf("w")));
        assertEquals(Optional.of(DocumentType.TXT), detect("list.txt", OfficeFiles.txt("w")));
        assertEquals(Optional.of(DocumentType.MARKDOWN), detect("notes.md", OfficeFiles.markdown("w")));
        assertEquals(Optional.of(DocumentType.MARKDOWN), detect("notes.markdown", OfficeFiles.markdown("w")));
        assertEquals(Optional.of(DocumentType.HTML), detect("page.htm", OfficeFiles.html("w", "x")));
        assertEquals(Optional.of(DocumentType.EML), detect("mail.eml", OfficeFiles.eml("w", "a.pdf", new byte[] {1})));
        assertEquals(
                Optional.of(DocumentType.TXT),
                detect("latin1.txt", "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void binariesWithTextNamesUnknownNamesAndEmptyFilesAreNotConvertible() throws IOException {
        assertEquals(Optional.empty(), detect("program.txt", new byte[] {'M', 'Z', 0, 1, 2, 3}));
        assertEquals(Optional.empty(), detect("script.sh", "echo hello\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), detect("empty.txt", new byte[0]));
    }

    @Test
    void convertibleTypesAreTheOnesConvertedAndNamedInMessages() {
        assertEquals(
                "DOCX, DOC, ODT, RTF, XLSX, XLS, ODS, PPTX, PPT, ODP, TXT, MD, HTML, EML",
                ConvertibleTypes.acceptedNames());
        assertEquals(false, DocumentType.PDF.needsConversion());
        assertEquals(false, DocumentType.WEBP.needsConversion());
        assertEquals(true, DocumentType.needsConversion("message/rfc822"));
        assertEquals(false, DocumentType.needsConversion("application/zip"));
    }
}
