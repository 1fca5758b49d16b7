package io.docuelevate.infrastructure.ocr;

import static io.docuelevate.infrastructure.config.ConfiguredValues.configured;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docuelevate.infrastructure.config.InvalidConfigurationException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OcrSettingsTest {

    @Test
    void defaultsApplyWhenNothingIsSet() {
        OcrSettings settings = settings(Optional.empty(), Optional.empty());

        OcrOptions options = settings.options();

        assertEquals("eng+deu", options.defaultLanguages());
        assertEquals(Runtime.getRuntime().availableProcessors(), options.concurrency());
        assertEquals(300, options.dpi());
        assertEquals(40_000_000L, options.maxPagePixels());
        assertEquals(40_000_000L, options.maxImagePixels());
        assertEquals(2000, options.maxPages());
        assertEquals(Path.of("/custom/tessdata"), options.tessdataDir());
        assertEquals(Math.max(1, options.concurrency() - 1), options.enginesPerDocument());
    }

    @Test
    void oneDocumentLeavesAnEngineToOthersUnlessTheSettingSaysOtherwise() {
        OcrSettings fourEngines = settings(Optional.of("4"), Optional.empty());
        assertEquals(3, fourEngines.options().enginesPerDocument(), "all engines but one by default");

        fourEngines.maxEnginesPerDocument = Optional.of("2");
        assertEquals(2, fourEngines.options().enginesPerDocument());

        fourEngines.maxEnginesPerDocument = Optional.of("9");
        assertEquals(4, fourEngines.options().enginesPerDocument(), "never more than there are");

        assertEquals(1, settings(Optional.of("1"), Optional.empty()).options().enginesPerDocument());

        fourEngines.maxEnginesPerDocument = Optional.of("0");
        InvalidConfigurationException zero = assertThrows(InvalidConfigurationException.class, fourEngines::options);
        assertEquals(
                "OCR_MAX_ENGINES_PER_DOCUMENT '0' is invalid: use a whole number from 1 to 2147483647",
                zero.getMessage());
    }

    @Test
    void quotedAndUnderscoredNumbersAreAccepted() {
        OcrSettings settings = settings(Optional.of("'3'"), Optional.of("\"50_000_000\""));

        assertEquals(3, settings.options().concurrency());
        assertEquals(50_000_000L, settings.options().maxPagePixels());
    }

    @Test
    void badNumbersNameTheSetting() {
        InvalidConfigurationException zero = assertThrows(
                InvalidConfigurationException.class,
                () -> settings(Optional.of("0"), Optional.empty()).options());
        assertEquals("OCR_CONCURRENCY '0' is invalid: use a whole number from 1 to 2147483647", zero.getMessage());

        InvalidConfigurationException text = assertThrows(
                InvalidConfigurationException.class,
                () -> settings(Optional.empty(), Optional.of("lots")).options());
        assertEquals(
                "OCR_MAX_PAGE_PIXELS 'lots' is invalid: use a whole number from 1 to 2147483647", text.getMessage());
    }

    @Test
    void tessdataComesFromTheSettingThenTessdataPrefixThenThePackagedDirectories() {
        Map<String, String> prefixed = Map.of("TESSDATA_PREFIX", "/opt/tessdata");

        assertEquals(
                Path.of("/configured"), OcrSettings.tessdataDir(Optional.of("/configured"), prefixed, dir -> true));
        assertEquals(Path.of("/opt/tessdata"), OcrSettings.tessdataDir(Optional.empty(), prefixed, dir -> true));
        assertEquals(
                Path.of("/usr/share/tesseract-ocr/5/tessdata"),
                OcrSettings.tessdataDir(Optional.empty(), Map.of(), dir -> true));
        assertEquals(
                Path.of("/usr/share/tesseract-ocr/4.00/tessdata"),
                OcrSettings.tessdataDir(
                        Optional.empty(), Map.of(), dir -> dir.toString().contains("4.00")));
        assertThrows(
                InvalidConfigurationException.class,
                () -> OcrSettings.tessdataDir(Optional.empty(), Map.of(), dir -> false));
    }

    private static OcrSettings settings(Optional<String> concurrency, Optional<String> maxPagePixels) {
        OcrSettings settings = new OcrSettings();
        settings.language = "eng+deu";
        settings.concurrency = configured(concurrency);
        settings.maxEnginesPerDocument = Optional.empty();
        settings.dpi = Optional.empty();
        settings.maxPagePixels = configured(maxPagePixels);
        settings.maxImagePixels = Optional.empty();
        settings.maxPages = Optional.empty();
        settings.tessdataDir = Optional.of("/custom/tessdata");
        return settings;
    }
}
