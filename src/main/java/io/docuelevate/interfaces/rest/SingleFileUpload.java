package io.docuelevate.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * A {@code multipart/form-data} body that carries at most one file, in the field {@code file}, read as a stream.
 * The file is only staged (written aside, nothing recorded) until the whole body has been read, so that a body
 * which is not what it claims leaves nothing behind and is answered 400 {@code {"detail": ...}}: a second
 * {@code file} part (never dropped without a word), a body cut short, a file name holding a NUL byte.
 */
public final class SingleFileUpload {

    /** The multipart field of the file, as in the reference. */
    public static final String FILE_FIELD = "file";

    private static final int TEXT_FIELD_BYTES = 1024;

    private SingleFileUpload() {}

    /** Writes a file part's content aside; nothing is recorded yet. */
    @FunctionalInterface
    public interface Stager<T> {
        T stage(InputStream content) throws IOException;
    }

    /**
     * What the body carried: the staged file and the name the client gave it (both {@code null} when there was no
     * {@code file} part), and the text fields that were asked for (each cut to 1 KiB).
     */
    public record Form<T>(T file, String filename, Map<String, String> fields) {}

    /**
     * Reads the whole body, staging the {@code file} part with {@code stager}; on any failure after staging the
     * staged file is handed to {@code discard} before the failure goes on.
     *
     * @throws BadUploadException the body is malformed, cut short, names an impossible file or has two files
     */
    public static <T> Form<T> read(
            HttpServletRequest request, Set<String> textFields, Stager<T> stager, Consumer<T> discard) {
        T staged = null;
        String filename = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (!part.isFormField() && FILE_FIELD.equals(part.getFieldName())) {
                    if (staged != null) {
                        throw new BadUploadException(
                                "Send one file per request: the field '" + FILE_FIELD + "' appears more than once");
                    }
                    filename = fileName(part);
                    try (InputStream content = part.getInputStream()) {
                        staged = stager.stage(content);
                    }
                } else if (part.isFormField() && textFields.contains(part.getFieldName())) {
                    try (InputStream value = part.getInputStream()) {
                        fields.put(
                                part.getFieldName(),
                                new String(value.readNBytes(TEXT_FIELD_BYTES), StandardCharsets.UTF_8));
                    }
                }
            }
            return new Form<>(staged, filename, fields);
        } catch (FileUploadException e) {
            discardStaged(staged, discard);
            throw new BadUploadException("Malformed multipart body: " + e.getMessage());
        } catch (IOException e) {
            discardStaged(staged, discard);
            throw new BadUploadException("Upload interrupted: " + e.getMessage());
        } catch (RuntimeException e) {
            discardStaged(staged, discard);
            throw e;
        }
    }

    private static String fileName(FileItemInput part) {
        try {
            return part.getName();
        } catch (InvalidPathException nulByte) {
            throw new BadUploadException(
                    "The file name in the field '" + FILE_FIELD + "' contains a NUL byte; no file name may hold one");
        }
    }

    private static <T> void discardStaged(T staged, Consumer<T> discard) {
        if (staged != null) {
            discard.accept(staged);
        }
    }

    /** A multipart body that cannot be taken as it is: answered 400 with its reason, nothing kept. */
    public static class BadUploadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadUploadException(String detail) {
            super(detail);
        }
    }
}
