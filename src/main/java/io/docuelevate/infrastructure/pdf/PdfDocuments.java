package io.docuelevate.infrastructure.pdf;

import io.docuelevate.domain.processing.DocumentRejectedException;
import java.io.File;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens PDFs the same way for every reader: straight from the file (never the whole file on the heap),
 * with a temp-file-only stream cache, and with the parser's failures turned into the user-facing
 * reasons of {@link DocumentRejectedException} ("password required", "unreadable PDF: ...").
 *
 * <p>{@link #open} parses leniently, as PDFBox does by default: a truncated file or one with a broken
 * cross-reference table is repaired by scanning for its objects. {@link #damage} tells whether that happened,
 * by parsing once more without leniency: PDFBox keeps its repair to itself (it only logs it).
 */
public final class PdfDocuments {

    private static final int MAX_REASON_LENGTH = 300;

    private PdfDocuments() {}

    /**
     * Opens {@code pdf} with the empty user password (so owner-restricted files open normally).
     *
     * @param scratchDir where PDFBox may put its scratch files, or {@code null} for {@code java.io.tmpdir}
     * @throws DocumentRejectedException a user password is needed, or the parser cannot make sense of the file
     * @throws IOException the file itself cannot be read (missing, no permission): transient
     */
    public static PDDocument open(Path pdf, Path scratchDir) throws DocumentRejectedException, IOException {
        checkReadable(pdf);
        try {
            return Loader.loadPDF(pdf.toFile(), tempFileCache(scratchDir));
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException("password required", e);
        } catch (FileSystemException | ClosedByInterruptException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * Why a strict parse refuses {@code pdf} ("Missing end of file marker '%%EOF'"), or empty when the file is
     * well-formed enough to be read without repair. Only the header, cross-reference data, trailer and page tree
     * are parsed; call it for a file that {@link #open} could read.
     *
     * @throws IOException the file itself cannot be read (missing, no permission)
     */
    public static Optional<String> damage(Path pdf, Path scratchDir) throws IOException {
        checkReadable(pdf);
        try (RandomAccessRead source = new RandomAccessReadBufferedFile(pdf.toFile());
                PDDocument strict = new PDFParser(source, "", null, null, tempFileCache(scratchDir)).parse(false)) {
            return Optional.empty();
        } catch (FileSystemException | ClosedByInterruptException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return Optional.of(oneLineReason(e));
        }
    }

    /** A stream cache that keeps PDFBox's scratch data in temp files only, never on the heap. */
    public static StreamCacheCreateFunction tempFileCache(Path scratchDir) {
        MemoryUsageSetting setting = MemoryUsageSetting.setupTempFileOnly();
        if (scratchDir != null) {
            File dir = scratchDir.toFile();
            setting = setting.setTempDir(dir);
        }
        return setting.streamCache;
    }

    /** The rejection for a file the parser (or a later stage of reading it) failed on. */
    public static DocumentRejectedException unreadable(Exception cause) {
        return new DocumentRejectedException("unreadable PDF: " + oneLineReason(cause), cause);
    }

    /** The exception's own message on one line (shortened), or its type when it has none. */
    public static String oneLineReason(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH) + "…";
    }

    private static void checkReadable(Path pdf) throws IOException {
        // Opening a channel reports a missing or forbidden file as the precise FileSystemException.
        Files.newByteChannel(pdf).close();
    }
}
