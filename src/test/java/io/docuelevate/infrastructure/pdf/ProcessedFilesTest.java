package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessedFilesTest {

    @TempDir
    Path workdir;

    private Path source;
    private ProcessedFiles files;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(workdir.resolve("tmp"));
        source = PdfBoxMetadataWriterTest.textPdf(workdir.resolve("tmp/1234.pdf"), "Rechnung");
        files = new ProcessedFiles(workdir, new PdfBoxMetadataWriter());
    }

    @Test
    void publishesTheEnrichedPdfAndItsSidecarUnderTheMetadataName() throws Exception {
        ProcessedFiles.Published published =
                files.publish(source, PdfBoxMetadataWriterTest.metadata(), "original/1234.pdf", "scan.pdf", null);

        assertEquals("processed/2026-03-14_Rechnung_Stadtwerke_Musterstadt.pdf", published.relativePdf());
        assertEquals("processed/2026-03-14_Rechnung_Stadtwerke_Musterstadt.json", published.relativeSidecar());
        try (PDDocument document = Loader.loadPDF(published.pdf().toFile())) {
            assertEquals(
                    "Stadtwerke Musterstadt GmbH",
                    document.getDocumentInformation().getAuthor());
        }
        JsonObject sidecar;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(published.sidecar())))) {
            sidecar = reader.readObject();
        }
        assertEquals(15, sidecar.size());
        assertEquals("original/1234.pdf", sidecar.getString("original_file_path"));
        assertEquals(
                "processed/2026-03-14_Rechnung_Stadtwerke_Musterstadt.pdf", sidecar.getString("processed_file_path"));
        assertEquals("2026-031-4471", sidecar.getString("reference_number"));
        assertTrue(Files.exists(source), "the source is the caller's to remove");
    }

    @Test
    void collisionsGetZeroPaddedSuffixesAndReRunsReuseTheirFile() throws Exception {
        DocumentMetadata metadata = PdfBoxMetadataWriterTest.metadata();
        ProcessedFiles.Published first = files.publish(source, metadata, "o1", null, null);
        ProcessedFiles.Published second = files.publish(source, metadata, "o2", null, null);
        ProcessedFiles.Published third = files.publish(source, metadata, "o3", null, null);
        assertTrue(second.relativePdf().endsWith("Musterstadt-0001.pdf"), second.relativePdf());
        assertTrue(third.relativePdf().endsWith("Musterstadt-0002.pdf"), third.relativePdf());
        assertTrue(third.relativeSidecar().endsWith("Musterstadt-0002.json"));
        ProcessedFiles.Published again = files.publish(source, metadata, "o2", null, second.pdf());
        assertEquals(second.pdf(), again.pdf());
        assertEquals(first.pdf().getParent(), again.pdf().getParent());
    }

    @Test
    void aRunStoppedBeforeItsDatabaseCommitIsTakenOverUnderItsName() throws Exception {
        DocumentMetadata metadata = PdfBoxMetadataWriterTest.metadata();
        files.publish(source, metadata, "original/a.pdf", null, null);
        ProcessedFiles.Published crashed = files.publish(source, metadata, "original/b.pdf", null, null);

        ProcessedFiles.Published rerun = files.publish(source, metadata, "original/b.pdf", null, null);

        assertEquals(crashed.pdf(), rerun.pdf(), "the same name, not a second copy");
        assertEquals(
                List.of(
                        "2026-03-14_Rechnung_Stadtwerke_Musterstadt-0001.json",
                        "2026-03-14_Rechnung_Stadtwerke_Musterstadt-0001.pdf",
                        "2026-03-14_Rechnung_Stadtwerke_Musterstadt.json",
                        "2026-03-14_Rechnung_Stadtwerke_Musterstadt.pdf"),
                names(workdir.resolve("processed")));
    }

    @Test
    void aSidecarWrittenBeforeTheCrashClaimsTheNameForItsDocumentOnly() throws Exception {
        DocumentMetadata metadata = PdfBoxMetadataWriterTest.metadata();
        Path processed = Files.createDirectories(workdir.resolve("processed"));
        Path placeholder = processed.resolve("2026-03-14_Rechnung_Stadtwerke_Musterstadt.pdf");
        Files.createFile(placeholder);
        Files.writeString(ProcessedFiles.sidecarOf(placeholder), "{\"original_file_path\": \"original/c.pdf\"}");

        ProcessedFiles.Published other = files.publish(source, metadata, "original/d.pdf", null, null);
        ProcessedFiles.Published own = files.publish(source, metadata, "original/c.pdf", null, null);

        assertTrue(other.relativePdf().endsWith("-0001.pdf"), other.relativePdf());
        assertEquals(placeholder, own.pdf());
        try (PDDocument document = Loader.loadPDF(own.pdf().toFile())) {
            assertEquals(1, document.getNumberOfPages(), "the empty placeholder became the enriched PDF");
        }
    }

    @Test
    void aSourceThatCannotBeWrittenLeavesNoFileBehind() throws Exception {
        Path notPdf = Files.writeString(workdir.resolve("tmp/not.pdf"), "not a PDF");
        assertThrows(
                java.io.IOException.class,
                () -> files.publish(notPdf, PdfBoxMetadataWriterTest.metadata(), "original/e.pdf", null, null));
        assertEquals(List.of(), names(workdir.resolve("processed")));
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/abs",
                "/etc/passwd",
                "a..b",
                "..",
                "../",
                "..\\..\\windows\\system32",
                "x/../../y",
                "."
            })
    void noSuggestedNameCanLeaveProcessed(String hostile) throws Exception {
        DocumentMetadata metadata = DocumentMetadata.builder().title(hostile).build();
        ProcessedFiles.Published published = files.publish(source, metadata, "o", hostile, null);
        Path processed = workdir.resolve("processed").toRealPath();
        assertEquals(processed, published.pdf().toRealPath().getParent());
        assertEquals(processed, published.sidecar().toRealPath().getParent());
        assertTrue(
                published.relativePdf().startsWith("processed/")
                        && !published.relativePdf().contains(".."),
                published.relativePdf());
        String base = ProcessedFiles.baseName(metadata, hostile);
        assertEquals(processed.resolve(base + ".pdf").normalize().getParent(), processed);
    }

    @Test
    void theFallbackNameAndTheExtensionRule() {
        assertEquals(
                "2026-01-01_Invoice",
                ProcessedFiles.baseName(
                        DocumentMetadata.builder()
                                .filename("2026-01-01_Invoice.pdf")
                                .build(),
                        null));
        assertEquals(
                "Rechnung Nr.2026",
                ProcessedFiles.baseName(
                        DocumentMetadata.builder().filename("Rechnung Nr.2026").build(), null));
        assertEquals("scan", ProcessedFiles.baseName(DocumentMetadata.builder().build(), "scan.pdf"));
        assertTrue(
                ProcessedFiles.baseName(DocumentMetadata.builder().build(), "").startsWith("document_"));
    }

    @Test
    void resolveInsideRefusesPathsThatAreNotPlainNames() {
        Path processed = workdir.resolve("processed");
        assertThrows(IllegalArgumentException.class, () -> ProcessedFiles.inside(processed, "../x.pdf"));
        assertThrows(IllegalArgumentException.class, () -> ProcessedFiles.inside(processed, "/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> ProcessedFiles.inside(processed, "sub/x.pdf"));
        assertEquals(processed.resolve("x.pdf"), ProcessedFiles.inside(processed, "x.pdf"));
    }
}
