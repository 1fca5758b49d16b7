package io.docuelevate.infrastructure.ocr;

import io.docuelevate.domain.processing.OcrEngine;
import io.docuelevate.infrastructure.storage.Workdir;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Makes the one {@link OcrEngine} of the application: Tesseract with {@code OCR_CONCURRENCY} handles,
 * helper tasks on the {@code concurrent/ocrExecutor} managed executor (whose max concurrency should
 * match {@code OCR_CONCURRENCY}) and scratch files under {@code WORKDIR/tmp}. The engine is created on
 * first use (the native library loads then) and its Tesseract handles are freed when the application stops.
 */
@ApplicationScoped
public class OcrEngineProducer {

    private static final Logger LOG = Logger.getLogger(OcrEngineProducer.class.getName());

    @Inject
    OcrSettings settings;

    @Inject
    Workdir workdir;

    @Resource(lookup = "concurrent/ocrExecutor")
    ManagedExecutorService ocrExecutor;

    @Produces
    @ApplicationScoped
    OcrEngine ocrEngine() {
        OcrOptions options = settings.options();
        LOG.info(() ->
                "OCR: Tesseract with " + options.concurrency() + " handles, at most " + options.enginesPerDocument()
                        + " per document, languages " + options.defaultLanguages()
                        + ", " + options.dpi() + " dpi, language data in " + options.tessdataDir());
        return new TesseractOcrEngine(options, ocrExecutor, workdir.tmp());
    }

    void close(@Disposes OcrEngine engine) {
        if (engine instanceof TesseractOcrEngine tesseract) {
            tesseract.close();
        }
    }
}
