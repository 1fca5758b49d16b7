package io.docuelevate.domain.processing;

import java.util.List;

/**
 * The step names of the document pipeline, as the reference names them so clients show familiar
 * steps. {@link #ORDER} is the order the {@code document-pipeline} batch job runs them in.
 */
public final class PipelineSteps {

    public static final String CREATE_FILE_RECORD = "create_file_record";
    /** Office, text and e-mail files to PDF; planned only for them, so it has no row for a PDF or an image. */
    public static final String CONVERT_TO_PDF = "convert_to_pdf";

    public static final String CHECK_FOR_DUPLICATES = "check_for_duplicates";
    public static final String CHECK_TEXT = "check_text";
    public static final String EXTRACT_TEXT = "extract_text";
    public static final String PROCESS_WITH_OCR = "process_with_ocr";
    public static final String EXTRACT_METADATA = "extract_metadata_with_gpt";
    public static final String EMBED_METADATA = "embed_metadata_into_pdf";
    public static final String INDEX_DOCUMENT = "index_document";
    /** Last step until delivery steps exist; its success means "completed". */
    public static final String FINALIZE_PIPELINE = "finalize_pipeline";

    /** Steps the batch job runs, in order; reprocessing resets exactly these. */
    public static final List<String> ORDER = List.of(
            CONVERT_TO_PDF,
            CHECK_TEXT,
            EXTRACT_TEXT,
            PROCESS_WITH_OCR,
            EXTRACT_METADATA,
            EMBED_METADATA,
            INDEX_DOCUMENT,
            FINALIZE_PIPELINE);

    private PipelineSteps() {}

    /**
     * The steps to plan for a document from {@code step} (inclusive) to the end: {@code convert_to_pdf} only
     * when the document is {@code converted} (an Office, text or e-mail file); empty for an unknown step.
     */
    public static List<String> planned(String step, boolean converted) {
        String first = !converted && CONVERT_TO_PDF.equals(step) ? CHECK_TEXT : step;
        return from(first).stream()
                .filter(s -> converted || !CONVERT_TO_PDF.equals(s))
                .toList();
    }

    /** The steps from {@code step} (inclusive) to the end; empty for an unknown step. */
    public static List<String> from(String step) {
        int index = ORDER.indexOf(step);
        return index < 0 ? List.of() : ORDER.subList(index, ORDER.size());
    }
}
