package io.docuelevate.application.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What the pipeline reports to {@code /metrics} (DESIGN.md §8): documents ingested, processed and failed
 * by type, step durations, OCR pages and time, search latency. Every method is cheap and never throws,
 * so a metrics problem can never fail a document. Names are Prometheus-style; MicroProfile Metrics adds
 * {@code _total} to counters and {@code _seconds} to timers, e.g.
 * {@code docuelevate_documents_processed_total{mime_type="application/pdf",mp_scope="application"}}.
 */
@ApplicationScoped
public class PipelineMetrics {

    static final String INGESTED = "docuelevate_documents_ingested";
    static final String PROCESSED = "docuelevate_documents_processed";
    static final String FAILED = "docuelevate_documents_failed";
    static final String STEP_DURATION = "docuelevate_step_duration";
    static final String OCR_PAGES = "docuelevate_ocr_pages";
    static final String OCR_DURATION = "docuelevate_ocr_duration";
    static final String SEARCH_LATENCY = "docuelevate_search_latency";

    private static final Logger LOG = Logger.getLogger(PipelineMetrics.class.getName());

    private static final Metadata INGESTED_META = Metadata.builder()
            .withName(INGESTED)
            .withDescription("Documents accepted for processing (exact duplicates excluded), by detected type")
            .build();
    private static final Metadata PROCESSED_META = Metadata.builder()
            .withName(PROCESSED)
            .withDescription("Documents whose pipeline completed, by type")
            .build();
    private static final Metadata FAILED_META = Metadata.builder()
            .withName(FAILED)
            .withDescription("Documents whose pipeline failed for good, by type and failing step")
            .build();
    private static final Metadata STEP_META = Metadata.builder()
            .withName(STEP_DURATION)
            .withDescription("Duration of one pipeline step run, by step")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final Metadata OCR_PAGES_META = Metadata.builder()
            .withName(OCR_PAGES)
            .withDescription("Pages recognised by OCR")
            .build();
    private static final Metadata OCR_DURATION_META = Metadata.builder()
            .withName(OCR_DURATION)
            .withDescription("Time spent in OCR per document")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final Metadata SEARCH_META = Metadata.builder()
            .withName(SEARCH_LATENCY)
            .withDescription("Latency of a search request against the index")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** A document was accepted and queued (not for exact duplicates). */
    public void documentIngested(String mimeType) {
        safely(() -> registry.counter(INGESTED_META, type(mimeType)).inc());
    }

    /** A document's pipeline completed. */
    public void documentProcessed(String mimeType) {
        safely(() -> registry.counter(PROCESSED_META, type(mimeType)).inc());
    }

    /** A document failed for good (rejected, or retries used up) at {@code step}. */
    public void documentFailed(String mimeType, String step) {
        safely(() -> registry.counter(FAILED_META, type(mimeType), new Tag("step", label(step)))
                .inc());
    }

    /** One step run ended (success, skip or failure) after {@code duration}. */
    public void stepFinished(String stepName, Duration duration) {
        safely(() -> registry.timer(STEP_META, new Tag("step", label(stepName))).update(positive(duration)));
    }

    /** OCR recognised {@code pages} pages of a document in {@code ocrTime}. */
    public void ocrPages(int pages, Duration ocrTime) {
        safely(() -> {
            if (pages > 0) {
                registry.counter(OCR_PAGES_META).inc(pages);
            }
            registry.timer(OCR_DURATION_META).update(positive(ocrTime));
        });
    }

    /** A search request took {@code latency}. */
    public void searchLatency(Duration latency) {
        safely(() -> registry.timer(SEARCH_META).update(positive(latency)));
    }

    private static Tag type(String mimeType) {
        return new Tag("mime_type", label(mimeType));
    }

    /** Tag values: lower case, bounded length, never empty (Prometheus needs the same tag keys on every series). */
    static String label(String value) {
        if (value == null || value.isBlank()) {
            return "unknown";
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        int parameters = trimmed.indexOf(';');
        if (parameters >= 0) {
            trimmed = trimmed.substring(0, parameters).trim();
        }
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    private static Duration positive(Duration duration) {
        return duration == null || duration.isNegative() ? Duration.ZERO : duration;
    }

    private static void safely(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "metric update failed", e);
        }
    }
}
