package io.docuelevate.infrastructure.metadata;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Detects a document's language with Lingua (an n-gram model library), restricted to the languages
 * DocuElevate users mostly file: German, English, French, Spanish, Italian, Dutch. The detector is built
 * once, on first use, in Lingua's low-accuracy mode (trigram models only): about 16 MB of heap instead of
 * ~180 MB for the full models, and still reliable for the hundreds of words a document has. Only words
 * are given to it — numbers, codes, amounts and addresses say nothing about the language.
 * Lingua's detector is thread-safe; it runs its scoring on the common fork-join pool.
 */
final class LanguageDetection {

    static final Language[] LANGUAGES = {
        Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH
    };
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\s]+|(?<![\\p{L}])\\p{L}(?![\\p{L}])");
    private static final int SAMPLE_CHARS = 6000;
    private static final int MIN_LETTERS = 12;

    private LanguageDetection() {}

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode()
                .build();
    }

    /** The ISO 639-1 code of the text's language, if it has enough words to tell. */
    static Optional<String> detect(String text) {
        String words = sample(text);
        if (words.replace(" ", "").length() < MIN_LETTERS) {
            return Optional.empty();
        }
        Language language = Holder.DETECTOR.detectLanguageOf(words);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        IsoCode639_1 code = language.getIsoCode639_1();
        return Optional.of(code.name().toLowerCase(Locale.ROOT));
    }

    static String sample(String text) {
        String value = text == null ? "" : text;
        if (value.length() > SAMPLE_CHARS * 2) {
            value = value.substring(0, SAMPLE_CHARS);
        }
        return NOT_WORDS.matcher(value).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
