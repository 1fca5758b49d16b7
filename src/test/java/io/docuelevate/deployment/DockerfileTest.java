package io.docuelevate.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lints the Dockerfile (it cannot be built here: no Docker engine) and shows that each rule catches a broken copy. */
class DockerfileTest {

    private static final String DOCKERFILE = ProjectFiles.read(ProjectFiles.DOCKERFILE);
    private static final String DOCKERIGNORE = ProjectFiles.read(ProjectFiles.DOCKERIGNORE);

    static String libertyVersion() {
        Matcher m = Pattern.compile("<liberty.runtime.version>([^<]+)</liberty.runtime.version>")
                .matcher(ProjectFiles.read(ProjectFiles.ROOT.resolve("pom.xml")));
        assertTrue(m.find(), "liberty.runtime.version in pom.xml");
        return m.group(1);
    }

    private static List<String> check(String dockerfile, String dockerignore) {
        return DockerfileRules.check(
                new DockerfileRules.Input(
                        Dockerfile.parse(dockerfile), new DockerIgnore(dockerignore), libertyVersion()),
                ProjectFiles.ROOT);
    }

    @Test
    void theDockerfileFollowsTheRules() {
        assertEquals(List.of(), check(DOCKERFILE, DOCKERIGNORE));
    }

    @Test
    void theBuildInputsAreWhereTheMavenBuildPutsThem() {
        String pom = ProjectFiles.read(ProjectFiles.ROOT.resolve("pom.xml"));
        assertTrue(pom.contains("<finalName>docuelevate</finalName>"), "target/docuelevate.war");
        assertTrue(
                pom.contains("<liberty.server.name>docuelevate</liberty.server.name>"),
                "target/liberty/wlp/usr/servers/docuelevate");
        assertTrue(pom.contains("<location>jdbc</location>"), "the drivers are copied to the server's jdbc/ folder");
        assertTrue(
                pom.contains("<outputDirectory>${liberty.config.staging}/jdbc</outputDirectory>"),
                "the JDBC bridge jar joins them there");
    }

    static Stream<Arguments> brokenDockerfiles() {
        String from = "FROM docker.io/library/open-liberty:26.0.0.3-kernel-slim-java17-openj9";
        return Stream.of(
                broken("base-image", "latest tag", DOCKERFILE.replace(from, "FROM open-liberty:latest")),
                broken("base-image", "no tag", DOCKERFILE.replace(from, "FROM open-liberty")),
                broken(
                        "base-image",
                        "not Open Liberty",
                        DOCKERFILE.replace(from, "FROM eclipse-temurin:17.0.12_7-jre")),
                broken(
                        "base-image",
                        "another Liberty than the tests use",
                        DOCKERFILE.replace(from, from.replace("26.0.0.3", "25.0.0.12"))),
                broken("base-image", "Java 21 image", DOCKERFILE.replace(from, from.replace("java17", "java21"))),
                broken("user", "stays root", DOCKERFILE.replace("USER 1001\n", "")),
                broken("user", "uid 0", DOCKERFILE.replace("USER 1001\n", "USER 0\n")),
                broken("env", "no OMP_THREAD_LIMIT", DOCKERFILE.replace("OMP_THREAD_LIMIT=1 ", "")),
                broken("env", "OMP_THREAD_LIMIT=4", DOCKERFILE.replace("OMP_THREAD_LIMIT=1 ", "OMP_THREAD_LIMIT=4 ")),
                broken(
                        "env",
                        "a secret baked in",
                        DOCKERFILE.replace("ENV OMP_THREAD_LIMIT=1", "ENV ADMIN_PASSWORD=hunter2 OMP_THREAD_LIMIT=1")),
                broken(
                        "env",
                        "a secret build argument",
                        DOCKERFILE.replace("USER root\n", "USER root\nARG SESSION_SECRET=abc\n")),
                broken("tesseract", "no German data", DOCKERFILE.replace(" tesseract-ocr-deu", "")),
                broken(
                        "tesseract",
                        "no Tesseract at all",
                        DOCKERFILE.replace("tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu", "")),
                broken("features", "no features.sh", DOCKERFILE.replace("RUN features.sh\n", "")),
                broken("features", "features.sh before server.xml", moveFeaturesFirst()),
                broken("configure", "no configure.sh", DOCKERFILE.replace("configure.sh", "true")),
                broken("configure", "something after configure.sh", DOCKERFILE + "\nRUN echo late\n"),
                broken(
                        "configure",
                        "a COPY after configure.sh",
                        DOCKERFILE + "\nCOPY --chown=1001:0 target/docuelevate.war /config/dropins/\n"),
                broken(
                        "app-files",
                        "WAR into dropins",
                        DOCKERFILE.replace("/config/apps/docuelevate.war", "/config/dropins/docuelevate.war")),
                broken(
                        "app-files",
                        "no JDBC folder",
                        DOCKERFILE.replace(
                                "COPY --chown=1001:0 target/liberty/wlp/usr/servers/docuelevate/jdbc/ /config/jdbc/\n",
                                "")),
                broken(
                        "app-files",
                        "files owned by root",
                        DOCKERFILE.replace(
                                "COPY --chown=1001:0 target/docuelevate.war", "COPY target/docuelevate.war")),
                broken(
                        "app-files",
                        "no migrate command",
                        DOCKERFILE.replace("bin/docuelevate-migrate /opt", "bin/run-embedded /opt")),
                broken("ports", "no port 8000", DOCKERFILE.replace("EXPOSE 8000 8443", "EXPOSE 9080")));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("brokenDockerfiles")
    void brokenDockerfileIsReported(String rule, String description, String dockerfile) {
        assertNotEquals(DOCKERFILE, dockerfile, description + ": the mutation must change the Dockerfile");
        List<String> violations = check(dockerfile, DOCKERIGNORE);
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith("[" + rule + "]")),
                description + ": expected a [" + rule + "] violation, got " + violations);
    }

    @Test
    void brokenDockerignoreIsReported() {
        List<String> withoutWar = check(DOCKERFILE, DOCKERIGNORE.replace("!target/docuelevate.war\n", ""));
        assertTrue(
                withoutWar.stream()
                        .anyMatch(v -> v.startsWith("[dockerignore]") && v.contains("target/docuelevate.war")),
                withoutWar.toString());
        List<String> leaking = check(DOCKERFILE, DOCKERIGNORE + "!target/liberty/wlp/usr/servers/docuelevate/*\n");
        assertTrue(leaking.stream().anyMatch(v -> v.contains("server.env")), leaking.toString());
        List<String> noAllowList = check(DOCKERFILE, DOCKERIGNORE.replace("*\n!", "target/tmp\n!"));
        assertTrue(noAllowList.stream().anyMatch(v -> v.contains(".env")), noAllowList.toString());
    }

    @Test
    void dockerignoreMatchesLikeDocker() {
        DockerIgnore ignore = new DockerIgnore("""
                *
                !target/app.war
                !lib/*.jar
                docs/**/*.tmp
                """);
        assertTrue(ignore.isIncluded("target/app.war"));
        assertFalse(ignore.isIncluded("target/other.war"));
        assertFalse(ignore.isIncluded("Dockerfile"));
        assertTrue(ignore.isIncluded("lib/a.jar"));
        assertFalse(ignore.isIncluded("lib/sub/a.jar"));
        DockerIgnore parents = new DockerIgnore("target\n!target/keep\ndocs/**/*.tmp\n");
        assertFalse(parents.isIncluded("target/x/y"), "a directory pattern excludes everything below it");
        assertTrue(parents.isIncluded("target/keep/file"), "re-included below an excluded directory");
        assertFalse(parents.isIncluded("docs/a/b/c.tmp"));
        assertFalse(parents.isIncluded("docs/c.tmp"));
        assertTrue(parents.isIncluded("docs/c.md"));
    }

    @Test
    void instructionsAreParsedLikeBuildKit() {
        Dockerfile file = Dockerfile.parse("""
                # syntax=docker/dockerfile:1
                # a comment
                from   base:1.0 AS build
                RUN apt-get install -y \\
                    # comments inside a continuation are dropped
                    a b \\
                    c
                ENV A=1 B="two words" \\
                    C=3
                ENV LEGACY value with spaces
                COPY --chown=1001:0 --chmod=0755 one two /dest/
                COPY ["json source", "/json dest"]
                """);
        assertEquals(
                List.of("FROM", "RUN", "ENV", "ENV", "COPY", "COPY"),
                file.instructions().stream()
                        .map(Dockerfile.Instruction::keyword)
                        .toList());
        assertEquals("base:1.0 AS build", file.instructions().get(0).arguments());
        assertEquals(
                List.of("apt-get", "install", "-y", "a", "b", "c"),
                Dockerfile.words(file.instructions().get(1).arguments()));
        assertEquals(
                Map.of("A", "1", "B", "two words", "C", "3"),
                file.instructions().get(2).envPairs());
        assertEquals(
                Map.of("LEGACY", "value with spaces"),
                file.instructions().get(3).envPairs());
        Dockerfile.Instruction copy = file.instructions().get(4);
        assertEquals(Map.of("chown", "1001:0", "chmod", "0755"), copy.flags());
        assertEquals(List.of("one", "two"), copy.sources());
        assertEquals("/dest/", copy.destination());
        assertEquals(List.of("json source"), file.instructions().get(5).sources());
        assertEquals("/json dest", file.instructions().get(5).destination());
        assertThrows(IllegalArgumentException.class, () -> Dockerfile.parse("RUN a \\\n"));
    }

    private static String moveFeaturesFirst() {
        String withoutFeatures = DOCKERFILE.replace("RUN features.sh\n", "");
        return withoutFeatures.replace("USER root\n", "USER root\nRUN features.sh\n");
    }

    private static Arguments broken(String rule, String description, String dockerfile) {
        return Arguments.of(rule, description, dockerfile);
    }
}
