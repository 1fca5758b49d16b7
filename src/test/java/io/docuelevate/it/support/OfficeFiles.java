package io.docuelevate.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office, text and e-mail fixtures made in the test: OOXML by Apache POI, OpenDocument by zipping its XML,
 * RTF, text, Markdown, HTML and e-mail as text, the legacy binaries (.doc, .xls, .ppt) by LibreOffice itself.
 * Each carries the word it is given, so a test can find the converted document by it.
 */
public final class OfficeFiles {

    private OfficeFiles() {}

    public static byte[] docx(String word) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Quarterly report " + word + " for the board");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(String word) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Budget").createRow(0);
            row.createCell(0).setCellValue(word);
            workbook.getSheetAt(0).setColumnWidth(0, 40 * 256);
            row.createCell(1).setCellValue(1234.5);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx(String word) {
        try (XMLSlideShow show = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setAnchor(new java.awt.Rectangle(50, 50, 500, 100));
            box.setText("Roadmap " + word + " presentation");
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] odt(String word) {
        return openDocument(
                "text", "<office:text><text:p>Meeting minutes " + word + " approved</text:p></office:text>");
    }

    public static byte[] ods(String word) {
        return openDocument(
                "spreadsheet",
                "<office:spreadsheet><table:table table:name=\"Sheet1\"><table:table-row><table:table-cell"
                        + " office:value-type=\"string\"><text:p>Inventory " + word
                        + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>");
    }

    public static byte[] odp(String word) {
        return openDocument(
                "presentation",
                "<office:presentation><draw:page draw:name=\"page1\"><draw:frame svg:x=\"2cm\" svg:y=\"2cm\""
                        + " svg:width=\"20cm\" svg:height=\"3cm\"><draw:text-box><text:p>Keynote " + word
                        + "</text:p></draw:text-box></draw:frame></draw:page></office:presentation>");
    }

    public static byte[] rtf(String word) {
        return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs24 Contract " + word + " signed.\\par}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] txt(String word) {
        return ("Shopping list\n\nRemember the " + word + " tomorrow.\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] markdown(String word) {
        return ("# Notes " + word + "\n\nSome *emphasis* and <script>alert(1)</script> raw HTML.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(String word, String remoteImage) {
        return ("<!DOCTYPE html><html><head><title>Page</title>"
                        + "<link rel=\"stylesheet\" href=\"" + remoteImage + ".css\"></head><body><h1>Newsletter "
                        + word + "</h1><img src=\"" + remoteImage
                        + "\"><script>document.write('x')</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An e-mail with a text body carrying {@code word} and {@code pdf} attached as {@code attachmentName}. */
    public static byte[] eml(String word, String attachmentName, byte[] pdf) {
        String boundary = "=_boundary_42";
        String mail = "From: Alice Example <alice@example.org>\r\n"
                + "To: Bob <bob@example.org>\r\n"
                + "Date: Fri, 4 Dec 2026 10:15:00 +0100\r\n"
                + "Subject: Invoice " + word + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Hello Bob,\r\nplease find the invoice " + word + " attached.\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/pdf; name=\"" + attachmentName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + attachmentName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/x-msdownload; name=\"setup.exe\"\r\n"
                + "Content-Disposition: attachment; filename=\"setup.exe\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder()
                        .encodeToString("MZ\u0000\u0001 not a document".getBytes(StandardCharsets.ISO_8859_1))
                + "\r\n--" + boundary + "--\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Converts {@code source} with LibreOffice's command line into {@code extension} ({@code doc}, {@code xls},
     * {@code ppt}) in {@code dir}, on a profile of its own so it never meets a running office process.
     */
    public static byte[] legacy(Path dir, String name, byte[] source, String extension) {
        try {
            Path input = dir.resolve(name);
            Files.write(input, source);
            Path profile = dir.resolve("profile");
            Process soffice = new ProcessBuilder(
                            "soffice",
                            "-env:UserInstallation=" + profile.toUri(),
                            "--headless",
                            "--convert-to",
                            extension,
                            "--outdir",
                            dir.toString(),
                            input.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            if (!soffice.waitFor(120, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new IllegalStateException("soffice --convert-to " + extension + " did not finish");
            }
            String stem = name.substring(0, name.lastIndexOf('.'));
            return Files.readAllBytes(dir.resolve(stem + "." + extension));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] openDocument(String kind, String body) {
        String mime = "application/vnd.oasis.opendocument." + kind;
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " office:version=\"1.2\"><office:body>" + body + "</office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                + mime + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
                + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimeBytes = mime.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mimeBytes.length);
            CRC32 crc = new CRC32();
            crc.update(mimeBytes);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mimeBytes);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
