package io.docuelevate.infrastructure.pdf;

import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.domain.processing.PdfInspection;
import io.docuelevate.domain.processing.PdfTextReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's own text layer with PDFBox (steps {@code check_text} and {@code extract_text}).
 *
 * <p>Whether the layer is usable is decided by {@link TextLayerHeuristic}: some page has at least 20
 * letters or digits and one word of three or more letters, so a scan whose only text is a page number
 * still goes to OCR. Extracted text is each page's PDFBox text (ending with a newline) with the pages
 * joined by {@code "\n"}. Extraction is capped at {@value #MAX_TEXT_CHARS} characters (a pathological file cannot fill
 * the heap); a capped text ends with {@link #TRUNCATION_MARKER}.
 */
@ApplicationScoped
public class PdfBoxTextReader implements PdfTextReader {

    static final int MAX_TEXT_CHARS = 20_000_000;
    static final String TRUNCATION_MARKER = "\n[text truncated: the PDF has more than %d characters of text]";

    private final int maxTextChars;

    public PdfBoxTextReader() {
        this(MAX_TEXT_CHARS);
    }

    PdfBoxTextReader(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /**
     * {@inheritDoc}
     *
     * <p>A file the parser had to repair is reported with the strict parser's reason as its damage; one whose
     * repair recovered no page at all is rejected with that reason, since nothing of it can be read.
     */
    @Override
    public PdfInspection inspect(Path pdf) throws DocumentRejectedException, IOException {
        try (PDDocument document = PdfDocuments.open(pdf, null)) {
            String damage = PdfDocuments.damage(pdf, null).orElse(null);
            int pages = document.getNumberOfPages();
            if (damage != null && pages == 0) {
                throw new DocumentRejectedException("unreadable PDF: " + damage + "; the repair recovered no page");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            String producer = blankToNull(info.getProducer());
            String creator = blankToNull(info.getCreator());
            boolean usable = hasUsableText(document);
            return new PdfInspection(pages, usable, producer, creator, damage);
        }
    }

    @Override
    public String extractText(Path pdf) throws DocumentRejectedException, IOException {
        try (PDDocument document = PdfDocuments.open(pdf, null)) {
            CappedWriter output = new CappedWriter(maxTextChars);
            PageJoiningStripper stripper = new PageJoiningStripper(output);
            try {
                stripper.writeText(document, output);
            } catch (IOException | RuntimeException e) {
                throw PdfDocuments.unreadable(e);
            }
            String text = output.toString();
            return output.truncated() ? text + String.format(TRUNCATION_MARKER, maxTextChars) : text;
        }
    }

    private static boolean hasUsableText(PDDocument document) throws DocumentRejectedException {
        TextLayerHeuristic heuristic = new TextLayerHeuristic();
        try {
            new UsableTextDetector(heuristic).writeText(document, new HeuristicWriter(heuristic));
        } catch (IOException | RuntimeException e) {
            throw PdfDocuments.unreadable(e);
        }
        return heuristic.isUsable();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Stops processing pages as soon as the heuristic is satisfied. */
    private static final class UsableTextDetector extends PDFTextStripper {
        private final TextLayerHeuristic heuristic;

        UsableTextDetector(TextLayerHeuristic heuristic) {
            this.heuristic = heuristic;
            setLineSeparator("\n");
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (!heuristic.isUsable()) {
                heuristic.startPage();
                super.processPage(page);
            }
        }
    }

    private static final class HeuristicWriter extends Writer {
        private final TextLayerHeuristic heuristic;

        HeuristicWriter(TextLayerHeuristic heuristic) {
            this.heuristic = heuristic;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                heuristic.accept(buffer[i]);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /**
     * Separates pages by exactly one {@code "\n"}, also around pages without content (which
     * PDFTextStripper skips silently), and stops extracting once the output is full.
     */
    private static final class PageJoiningStripper extends PDFTextStripper {
        private final CappedWriter capped;
        private int separatorsWritten;

        PageJoiningStripper(CappedWriter capped) {
            this.capped = capped;
            setLineSeparator("\n");
            setPageStart("");
            setPageEnd("\n");
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (capped.truncated()) {
                return;
            }
            writeSeparatorsUpTo(getCurrentPageNo() - 1);
            super.processPage(page);
        }

        @Override
        protected void endDocument(PDDocument document) throws IOException {
            writeSeparatorsUpTo(document.getNumberOfPages() - 1);
        }

        private void writeSeparatorsUpTo(int count) throws IOException {
            while (separatorsWritten < count) {
                capped.write("\n");
                separatorsWritten++;
            }
        }
    }

    /** Keeps at most {@code limit} characters and remembers that more were offered. */
    private static final class CappedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;
        private boolean truncated;

        CappedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            int room = limit - text.length();
            if (length > room) {
                truncated = true;
            }
            text.append(buffer, offset, Math.min(length, Math.max(room, 0)));
        }

        @Override
        public void write(String value, int offset, int length) {
            int room = limit - text.length();
            if (length > room) {
                truncated = true;
            }
            text.append(value, offset, offset + Math.min(length, Math.max(room, 0)));
        }

        boolean truncated() {
            return truncated;
        }

        @Override
        public String toString() {
            return text.toString();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
