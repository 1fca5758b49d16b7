package io.docuelevate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Flyway migrations this build ships, so tests expect whatever schema version the code defines. */
public final class Migrations {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");
    private static final Path FOLDER =
            Path.of(System.getProperty("it.project.dir", ".")).resolve("src/main/resources/db/migration");

    private Migrations() {}

    public static List<Integer> versions() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String latestVersion() {
        List<Integer> versions = versions();
        return Integer.toString(versions.get(versions.size() - 1));
    }

    public static int count() {
        return versions().size();
    }
}
