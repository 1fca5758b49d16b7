package io.docuelevate.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} header values for files sent to browsers. The file name cannot break the
 * header (quotes, backslashes, control characters and path separators are replaced); a name outside
 * printable ASCII is sent twice: transliterated in {@code filename} for old clients and exactly in
 * {@code filename*} (RFC 5987/6266, UTF-8).
 */
public final class ContentDisposition {

    private static final String FALLBACK_NAME = "download";
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {}

    /** The header asking the client to save the file. */
    public static String attachment(String filename) {
        return header("attachment", filename);
    }

    /** The header asking the client to show the file. */
    public static String inline(String filename) {
        return header("inline", filename);
    }

    private static String header(String type, String filename) {
        String name = clean(filename);
        String ascii = asciiFallback(name);
        if (ascii.equals(name)) {
            return type + "; filename=\"" + ascii + "\"";
        }
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    private static String clean(String filename) {
        if (filename == null || filename.isBlank()) {
            return FALLBACK_NAME;
        }
        String name = filename.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
        return name.isEmpty() ? FALLBACK_NAME : name;
    }

    /** Accents dropped, anything else outside printable ASCII replaced by {@code _}. */
    private static String asciiFallback(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    private static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
