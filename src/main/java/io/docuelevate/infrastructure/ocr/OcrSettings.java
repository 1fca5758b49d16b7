package io.docuelevate.infrastructure.ocr;

import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OCR settings: languages, parallelism (engines in all and per document), render resolution, the pixel-bomb limits and where Tesseract's
 * language data lives. Values are read as text (cleaned of quotes by the configuration sources) so that
 * mistakes get a message naming the setting.
 */
@ApplicationScoped
public class OcrSettings {

    /** Where Debian/Ubuntu packages put the language data, newest layout first. */
    static final List<Path> PACKAGED_TESSDATA_DIRS =
            List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata"), Path.of("/usr/share/tesseract-ocr/4.00/tessdata"));

    @Inject
    @ConfigProperty(name = "TESSERACT_LANGUAGE")
    String language;

    @Inject
    @ConfigProperty(name = "OCR_CONCURRENCY")
    Optional<String> concurrency;

    @Inject
    @ConfigProperty(name = "OCR_MAX_ENGINES_PER_DOCUMENT")
    Optional<String> maxEnginesPerDocument;

    @Inject
    @ConfigProperty(name = "OCR_DPI")
    Optional<String> dpi;

    @Inject
    @ConfigProperty(name = "OCR_MAX_PAGE_PIXELS")
    Optional<String> maxPagePixels;

    @Inject
    @ConfigProperty(name = "OCR_MAX_IMAGE_PIXELS")
    Optional<String> maxImagePixels;

    @Inject
    @ConfigProperty(name = "OCR_MAX_PAGES")
    Optional<String> maxPages;

    @Inject
    @ConfigProperty(name = "OCR_TESSDATA_DIR")
    Optional<String> tessdataDir;

    /** The validated options; throws {@link InvalidConfigurationException} naming a bad setting. */
    public OcrOptions options() {
        String languages = Optional.ofNullable(language)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(OcrOptions.DEFAULT_LANGUAGES);
        int engines = (int)
                positive("OCR_CONCURRENCY", concurrency, Runtime.getRuntime().availableProcessors(), Integer.MAX_VALUE);
        return new OcrOptions(
                languages,
                engines,
                (int) positive(
                        "OCR_MAX_ENGINES_PER_DOCUMENT",
                        maxEnginesPerDocument,
                        OcrOptions.defaultEnginesPerDocument(engines),
                        Integer.MAX_VALUE),
                (int) positive("OCR_DPI", dpi, OcrOptions.DEFAULT_DPI, 2400),
                positive("OCR_MAX_PAGE_PIXELS", maxPagePixels, OcrOptions.DEFAULT_MAX_PAGE_PIXELS, Integer.MAX_VALUE),
                positive("OCR_MAX_IMAGE_PIXELS", maxImagePixels, OcrOptions.DEFAULT_MAX_IMAGE_PIXELS, Long.MAX_VALUE),
                (int) positive("OCR_MAX_PAGES", maxPages, OcrOptions.DEFAULT_MAX_PAGES, Integer.MAX_VALUE),
                tessdataDir(tessdataDir, System.getenv(), Files::isDirectory));
    }

    /**
     * {@code OCR_TESSDATA_DIR}, else {@code TESSDATA_PREFIX} from the environment (Tesseract 4+ takes
     * it as the tessdata directory itself), else the first packaged directory that exists.
     */
    static Path tessdataDir(Optional<String> configured, Map<String, String> environment, Predicate<Path> exists) {
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        String prefix = environment.get("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            return Path.of(prefix.trim());
        }
        return PACKAGED_TESSDATA_DIRS.stream()
                .filter(exists)
                .findFirst()
                .orElseThrow(() -> new InvalidConfigurationException(
                        "OCR_TESSDATA_DIR is not set and no Tesseract language data was found in "
                                + PACKAGED_TESSDATA_DIRS));
    }

    static long positive(String name, Optional<String> value, long defaultValue, long max) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        String digits = value.get().replace("_", "");
        try {
            long parsed = Long.parseLong(digits);
            if (parsed > 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                name + " '" + value.get() + "' is invalid: use a whole number from 1 to " + max);
    }
}
