package io.docuelevate.it.support;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world documents of the OCRmyPDF test suite, copied under {@code src/test/resources/corpus/ocrmypdf}
 * so unit tests and ITs need no folder outside the project; read from the test classpath.
 */
public final class Corpus {

    private static final String RESOURCE = "/corpus/ocrmypdf/REUSE.toml";

    /** The folder holding the corpus files. */
    public static final Path DIR = locate();

    private Corpus() {}

    /** A corpus file by name, e.g. {@code linn.pdf}; fails with the missing path if it is not there. */
    public static Path file(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "corpus file missing: " + file + " (copy it from the OCRmyPDF test resources)");
        }
        return file;
    }

    private static Path locate() {
        URL marker = Corpus.class.getResource(RESOURCE);
        if (marker == null) {
            throw new IllegalStateException("test corpus not on the classpath: expected " + RESOURCE
                    + " from src/test/resources (run the tests through Maven)");
        }
        try {
            return Path.of(marker.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test corpus at an unreadable location: " + marker, e);
        }
    }
}
