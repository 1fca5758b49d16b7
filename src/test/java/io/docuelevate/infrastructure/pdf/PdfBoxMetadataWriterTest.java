package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PdfBoxMetadataWriterTest {

    @TempDir
    Path dir;

    private final PdfBoxMetadataWriter writer = new PdfBoxMetadataWriter();

    static DocumentMetadata metadata() {
        return DocumentMetadata.builder()
                .filename("2026-03-14_Rechnung_Stadtwerke_Musterstadt")
                .empfaenger("Max Mustermann")
                .absender("Stadtwerke Musterstadt GmbH")
                .correspondent("Stadtwerke Musterstadt")
                .kommunikationsart(Kommunikationsart.Rechnung)
                .documentType("Invoice")
                .tags(List.of("Rechnung", "Energie", "Stadtwerke Musterstadt"))
                .language("de")
                .title("Stromrechnung März 2026")
                .confidenceScore(87)
                .referenceNumber("2026-031-4471")
                .monetaryAmounts(List.of("118.00 EUR"))
                .build();
    }

    static Path textPdf(Path file, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.getDocumentInformation().setProducer("test producer");
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void writesTheInfoDictionaryAndMatchingXmp() throws Exception {
        Path source = textPdf(dir.resolve("in.pdf"), "Rechnung 2026-031-4471");
        Path target = dir.resolve("out/enriched.pdf");

        writer.write(source, target, metadata());

        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Stromrechnung März 2026", info.getTitle());
            assertEquals("Stadtwerke Musterstadt GmbH", info.getAuthor());
            assertEquals("Invoice", info.getSubject());
            assertEquals("Rechnung, Energie, Stadtwerke Musterstadt", info.getKeywords());
            assertEquals("test producer", info.getProducer());
            assertTrue(new PDFTextStripper().getText(document).contains("Rechnung 2026-031-4471"), "content is kept");

            byte[] packet = document.getDocumentCatalog().getMetadata().toByteArray();
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(packet);
            assertEquals("Stromrechnung März 2026", xmp.getDublinCoreSchema().getTitle());
            assertEquals(
                    List.of("Stadtwerke Musterstadt GmbH"),
                    xmp.getDublinCoreSchema().getCreators());
            assertEquals("Invoice", xmp.getDublinCoreSchema().getDescription());
            assertEquals(
                    List.of("Rechnung", "Energie", "Stadtwerke Musterstadt"),
                    xmp.getDublinCoreSchema().getSubjects());
            assertEquals(
                    "Rechnung, Energie, Stadtwerke Musterstadt",
                    xmp.getAdobePDFSchema().getKeywords());
            assertEquals(
                    info.getCreationDate().toInstant(),
                    xmp.getXMPBasicSchema().getCreateDate().toInstant());

            Document dom = DocumentBuilderFactory.newDefaultNSInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(packet));
            NodeList own = dom.getElementsByTagNameNS(PdfBoxMetadataWriter.NAMESPACE, "metadata");
            assertEquals(1, own.getLength());
            assertEquals(metadata(), MetadataJson.fromJson(own.item(0).getTextContent()));
            assertEquals(
                    "2026-031-4471",
                    dom.getElementsByTagNameNS(PdfBoxMetadataWriter.NAMESPACE, "referenceNumber")
                            .item(0)
                            .getTextContent());
        }
    }

    @Test
    void enrichesInPlaceWithoutLeavingTemporaryFiles() throws Exception {
        Path pdf = textPdf(dir.resolve("same.pdf"), "x");
        writer.write(pdf, pdf, metadata());
        writer.write(pdf, pdf, metadata().toBuilder().title("").build());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(
                    "2026-03-14_Rechnung_Stadtwerke_Musterstadt",
                    document.getDocumentInformation().getTitle());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(pdf), files.toList());
        }
    }

    @Test
    void emptyMetadataGivesTheReferenceDefaults() throws Exception {
        Path pdf = textPdf(dir.resolve("d.pdf"), "x");
        writer.write(pdf, pdf, DocumentMetadata.builder().build());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Unknown Document", document.getDocumentInformation().getTitle());
            assertEquals("Unknown", document.getDocumentInformation().getAuthor());
            assertEquals("Unknown", document.getDocumentInformation().getSubject());
        }
    }

    @Test
    void aBrokenSourceFailsAndLeavesNoTarget() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");
        Path target = dir.resolve("target.pdf");
        assertThrows(IOException.class, () -> writer.write(broken, target, metadata()));
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
