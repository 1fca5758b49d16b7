package io.docuelevate.domain.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The document types the pipeline accepts, decided by content (magic bytes), never by the name a
 * client sends: a ZIP called {@code invoice.pdf} is still a ZIP. PDF and images go straight into the
 * pipeline; Office, text and e-mail files are {@linkplain #needsConversion() converted to PDF} first
 * ({@link ConvertibleTypes} tells them apart, by content where the content can tell and by name only
 * among look-alikes: legacy Office binaries, plain text).
 */
public enum DocumentType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    TIFF("image/tiff", ".tiff"),
    GIF("image/gif", ".gif"),
    BMP("image/bmp", ".bmp"),
    WEBP("image/webp", ".webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    DOC("application/msword", ".doc"),
    ODT("application/vnd.oasis.opendocument.text", ".odt"),
    RTF("application/rtf", ".rtf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    XLS("application/vnd.ms-excel", ".xls"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    PPT("application/vnd.ms-powerpoint", ".ppt"),
    ODP("application/vnd.oasis.opendocument.presentation", ".odp"),
    TXT("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md"),
    HTML("text/html", ".html"),
    EML("message/rfc822", ".eml");

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEADER_BYTES = 16;

    private final String mimeType;
    private final String extension;

    DocumentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public boolean isPdf() {
        return this == PDF;
    }

    /** Office, text and e-mail files: the pipeline works on a PDF converted from them ({@code convert_to_pdf}). */
    public boolean needsConversion() {
        return ordinal() > WEBP.ordinal();
    }

    /** Whether documents of this MIME type are converted to PDF first. */
    public static boolean needsConversion(String mimeType) {
        return fromMimeType(mimeType).map(DocumentType::needsConversion).orElse(false);
    }

    /** Recognises the type from the first bytes of a file ({@code length} of them are valid). */
    public static Optional<DocumentType> detect(byte[] header, int length) {
        if (startsWith(header, length, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(header, length, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(header, length, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, length, new byte[] {'I', 'I', 42, 0})
                || startsWith(header, length, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of(TIFF);
        }
        if (startsWith(header, length, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(header, length, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (length >= 14 && header[0] == 'B' && header[1] == 'M') {
            return Optional.of(BMP);
        }
        if (length >= 12
                && header[0] == 'R'
                && header[1] == 'I'
                && header[2] == 'F'
                && header[3] == 'F'
                && header[8] == 'W'
                && header[9] == 'E'
                && header[10] == 'B'
                && header[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<DocumentType> fromMimeType(String mimeType) {
        for (DocumentType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the first {@code length} bytes of {@code header} begin with {@code magic}. */
    static boolean startsWith(byte[] header, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (header[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
