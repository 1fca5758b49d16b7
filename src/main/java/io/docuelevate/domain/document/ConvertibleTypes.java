package io.docuelevate.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises the Office, text and e-mail files that are converted to PDF. The content decides wherever it
 * can: an Office Open XML or OpenDocument file by the parts of its ZIP container (a plain ZIP called
 * {@code report.docx} is still refused), RTF by its signature. The name decides only among files whose
 * content cannot tell them apart: the legacy Office binaries (all OLE2 compound files) and the text
 * formats (.txt, .md, .html, .eml), which must be text (no NUL bytes, no binary control characters). A ZIP
 * that cannot be read but carries an Office name is taken by its name, so that its conversion fails with
 * the reason instead of the upload being refused as an unknown type.
 */
public final class ConvertibleTypes {

    /** How much of a text file is looked at to decide it is text. */
    static final int TEXT_SAMPLE = 8192;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    private static final Map<String, DocumentType> ZIP_NAMES = Map.of(
            "docx", DocumentType.DOCX,
            "xlsx", DocumentType.XLSX,
            "pptx", DocumentType.PPTX,
            "odt", DocumentType.ODT,
            "ods", DocumentType.ODS,
            "odp", DocumentType.ODP);
    private static final Map<String, DocumentType> OLE2_NAMES =
            Map.of("doc", DocumentType.DOC, "xls", DocumentType.XLS, "ppt", DocumentType.PPT);
    private static final Map<String, DocumentType> TEXT_NAMES = Map.of(
            "txt", DocumentType.TXT,
            "text", DocumentType.TXT,
            "md", DocumentType.MARKDOWN,
            "markdown", DocumentType.MARKDOWN,
            "html", DocumentType.HTML,
            "htm", DocumentType.HTML,
            "eml", DocumentType.EML);
    private static final Map<String, DocumentType> OPEN_DOCUMENT = Map.of(
            "application/vnd.oasis.opendocument.text", DocumentType.ODT,
            "application/vnd.oasis.opendocument.spreadsheet", DocumentType.ODS,
            "application/vnd.oasis.opendocument.presentation", DocumentType.ODP);

    private ConvertibleTypes() {}

    /** The names (extensions) accepted for conversion, for messages: {@code DOCX, DOC, ODT, …}. */
    public static String acceptedNames() {
        return String.join(
                ", ",
                Arrays.stream(DocumentType.values())
                        .filter(DocumentType::needsConversion)
                        .map(t -> t.extension().substring(1).toUpperCase(Locale.ROOT))
                        .toList());
    }

    /**
     * The convertible type of {@code file}, uploaded as {@code filename}; empty when it is none of them (or
     * empty).
     */
    public static Optional<DocumentType> detect(Path file, String filename) throws IOException {
        byte[] head = new byte[TEXT_SAMPLE];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        if (length == 0) {
            return Optional.empty();
        }
        String extension = extension(filename);
        if (DocumentType.startsWith(head, length, ZIP)) {
            return officeZip(file).or(() -> unreadableZip(file, extension));
        }
        if (DocumentType.startsWith(head, length, OLE2)) {
            return Optional.ofNullable(OLE2_NAMES.get(extension));
        }
        if (DocumentType.startsWith(head, length, RTF)) {
            return Optional.of(DocumentType.RTF);
        }
        if (TEXT_NAMES.containsKey(extension) && isText(head, length)) {
            return Optional.of(TEXT_NAMES.get(extension));
        }
        return Optional.empty();
    }

    /** The lower-case extension of a file name, without the dot; empty when it has none. */
    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0
                ? ""
                : filename.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    /** An Office Open XML or OpenDocument package, recognised by its parts. */
    static Optional<DocumentType> officeZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    return Optional.ofNullable(OPEN_DOCUMENT.get(declared));
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DocumentType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(DocumentType.XLSX);
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(DocumentType.PPTX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A ZIP that cannot be opened at all, with an Office name: taken by its name, its conversion says why it fails. */
    private static Optional<DocumentType> unreadableZip(Path file, String extension) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return Optional.empty();
        } catch (ZipException e) {
            return Optional.ofNullable(ZIP_NAMES.get(extension));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Text in any 8-bit or UTF-8 encoding: no NUL and no other control characters than tab, line breaks and
     * form feed (binary files have them within the first few hundred bytes).
     */
    static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
