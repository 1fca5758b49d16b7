package io.docuelevate.domain.processing;

import java.util.List;

/**
 * The step names of the document pipeline, as the reference names them so clients show familiar
 * steps. {@link #ORDER} is the order the {@code document-pipeline} batch job runs them in.
 */
public final class PipelineSteps {

    public static final String CREATE_FILE_RECORD = "create_file_record";
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
            CHECK_TEXT,
            EXTRACT_TEXT,
            PROCESS_WITH_OCR,
            EXTRACT_METADATA,
            EMBED_METADATA,
            INDEX_DOCUMENT,
            FINALIZE_PIPELINE);

    private PipelineSteps() {}

    /** The steps from {@code step} (inclusive) to the end; empty for an unknown step. */
    public static List<String> from(String step) {
        int index = ORDER.indexOf(step);
        return index < 0 ? List.of() : ORDER.subList(index, ORDER.size());
    }
}
