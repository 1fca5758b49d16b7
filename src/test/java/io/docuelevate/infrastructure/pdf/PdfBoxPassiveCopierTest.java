package io.docuelevate.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfBoxPassiveCopierTest {

    @TempDir
    Path dir;

    private final PdfBoxPassiveCopier copier = new PdfBoxPassiveCopier();

    @Test
    void scriptActionsEmbeddedFilesAndMediaAreRemovedWhilePagesTextAndWebLinksStay() throws IOException {
        Path hostile = dir.resolve("hostile.pdf");
        writeHostilePdf(hostile);
        byte[] before = Files.readAllBytes(hostile);
        Path copy = dir.resolve("copy.pdf");

        copier.copy(hostile, copy);

        assertArrayEquals(before, Files.readAllBytes(hostile), "the stored file is only read");
        try (PDDocument document = Loader.loadPDF(copy.toFile())) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            assertNull(catalog.getDictionaryObject(COSName.OPEN_ACTION), "no script on opening");
            assertNull(catalog.getDictionaryObject(COSName.AA));
            COSDictionary names = (COSDictionary) catalog.getDictionaryObject(COSName.NAMES);
            assertNull(names.getDictionaryObject(COSName.JAVA_SCRIPT), "no document JavaScript");
            assertNull(names.getDictionaryObject(COSName.EMBEDDED_FILES), "no embedded files");
            PDPage page = document.getPage(0);
            assertNull(page.getCOSObject().getDictionaryObject(COSName.AA), "no page open/close actions");
            List<PDAnnotation> annotations = page.getAnnotations();
            assertEquals(2, annotations.size(), "the file attachment annotation is gone: " + annotations);
            PDAnnotationLink web = (PDAnnotationLink) annotations.get(0);
            assertEquals("https://example.org/terms", ((PDActionURI) web.getAction()).getURI(), "a web link stays");
            assertNull(
                    ((PDActionURI) web.getAction()).getCOSObject().getDictionaryObject(COSName.NEXT),
                    "no action chained after the link");
            assertNull(((PDAnnotationLink) annotations.get(1)).getAction(), "the launch action is gone");
            assertTrue(new PDFTextStripper().getText(document).contains("Invoice 2026-77"), "the text stays");
        }
        String raw = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("app.alert"), "no script text left in the file");
    }

    @Test
    void aFileThatIsNoPdfGivesNoCopy() throws IOException {
        Path notPdf = dir.resolve("not.pdf");
        Files.writeString(notPdf, "<html><script>alert(1)</script></html>");
        Path copy = dir.resolve("copy.pdf");
        assertThrows(IOException.class, () -> copier.copy(notPdf, copy));
    }

    private static void writeHostilePdf(Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Invoice 2026-77");
                content.endText();
            }
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('open')"));
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('page')"));
            page.setActions(pageActions);

            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("init", new PDActionJavaScript("app.alert('names')")));
            names.setJavascript(scripts);
            PDComplexFileSpecification attached = new PDComplexFileSpecification();
            attached.setFile("payload.exe");
            attached.setEmbeddedFile(
                    new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(new byte[] {77, 90})));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", attached));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);

            PDAnnotationLink web = new PDAnnotationLink();
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/terms");
            uri.getCOSObject().setItem(COSName.NEXT, new PDActionJavaScript("app.alert('next')"));
            web.setAction(uri);
            PDAnnotationLink launch = new PDAnnotationLink();
            PDActionLaunch run = new PDActionLaunch();
            run.setFile(attached);
            launch.setAction(run);
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setFile(attached);
            page.setAnnotations(List.of(web, launch, attachment));
            document.save(target.toFile());
        }
    }
}
