package io.docuelevate.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the deployment files, relative to the project root (surefire's working directory). */
final class ProjectFiles {

    static final Path ROOT = findRoot();
    static final Path KUBERNETES = ROOT.resolve("kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path PRODUCTION = KUBERNETES.resolve("overlays/production");
    static final Path DOCKERFILE = ROOT.resolve("Dockerfile");
    static final Path DOCKERIGNORE = ROOT.resolve(".dockerignore");
    static final Path COMPOSE = ROOT.resolve("docker-compose.yaml");
    static final Path ENV_EXAMPLE = ROOT.resolve(".env.example");

    private ProjectFiles() {}

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null
                && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("kubernetes")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root (pom.xml next to kubernetes/) not found from "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Every .yaml/.yml file below a directory, sorted. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
