package io.docuelevate.infrastructure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.multipdf.PDFMergerUtility.DocumentMergeMode;

/**
 * Concatenates single-page PDFs (one per OCR'd page) into one document that appears at its target
 * path only when complete: it is written to a hidden temp file in the target's directory and moved
 * into place atomically, so a crash never leaves a half-written file behind.
 */
public final class PdfPageMerger {

    private PdfPageMerger() {}

    /**
     * Merges {@code parts} in list order into {@code target}, replacing it if present.
     *
     * @param scratchDir where PDFBox keeps the merged streams until they are written (temp files, not heap)
     */
    public static void mergeAtomically(List<Path> parts, Path target, Path scratchDir) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge into " + target);
        }
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "." + target.getFileName() + ".", ".part");
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            // Each source is copied and closed before the next is opened: thousands of pages need
            // neither thousands of open files nor their data on the heap.
            merger.setDocumentMergeMode(DocumentMergeMode.OPTIMIZE_RESOURCES_MODE);
            for (Path part : parts) {
                merger.addSource(part.toFile());
            }
            merger.setDestinationFileName(partial.toString());
            merger.mergeDocuments(PdfDocuments.tempFileCache(scratchDir));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
