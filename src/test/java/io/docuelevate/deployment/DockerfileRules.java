package io.docuelevate.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lint rules for the Dockerfile and its .dockerignore; each violation is prefixed with its rule's name. */
final class DockerfileRules {

    /** Repositories of the official Open Liberty images (Docker Official Image, Docker Hub org, IBM Container Registry). */
    static final Set<String> OFFICIAL_REPOSITORIES = Set.of(
            "open-liberty",
            "library/open-liberty",
            "docker.io/library/open-liberty",
            "docker.io/open-liberty",
            "openliberty/open-liberty",
            "docker.io/openliberty/open-liberty",
            "icr.io/appcafe/open-liberty");

    /** Tag form of the published images: VERSION-(kernel-slim|full)-java17-openj9[-ubi|-ubi-minimal]. */
    static final Pattern LIBERTY_TAG =
            Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\.\\d+)-(kernel-slim|full)-java17-openj9(-ubi|-ubi-minimal)?$");

    /** What the image must contain, from the Maven build or the repository. Source -> destination. */
    static final Map<String, String> REQUIRED_COPIES = Map.of(
            "src/main/liberty/config/server.xml", "/config/",
            "src/main/liberty/config/datasource.xml", "/config/",
            "src/main/liberty/config/jvm.options", "/config/",
            "target/docuelevate.war", "/config/apps/docuelevate.war",
            "target/liberty/wlp/usr/servers/docuelevate/jdbc/", "/config/jdbc/",
            "bin/docuelevate-migrate", "/opt/docuelevate/bin/docuelevate-migrate");

    /** Files that must never reach the build context. */
    static final List<String> NEVER_IN_CONTEXT = List.of(
            "target/liberty/wlp/usr/servers/docuelevate/server.env",
            ".env",
            "workdir/db/docuelevate.mv.db",
            ".git/config");

    record Input(Dockerfile dockerfile, DockerIgnore dockerIgnore, String libertyVersion) {}

    static final Map<String, BiFunction<Input, Path, List<String>>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("base-image", (in, root) -> baseImage(in));
        RULES.put("user", (in, root) -> user(in));
        RULES.put("env", (in, root) -> env(in));
        RULES.put("tesseract", (in, root) -> tesseract(in));
        RULES.put("features", (in, root) -> features(in));
        RULES.put("configure", (in, root) -> configure(in));
        RULES.put("app-files", DockerfileRules::appFiles);
        RULES.put("dockerignore", (in, root) -> dockerIgnore(in));
        RULES.put("ports", (in, root) -> ports(in));
    }

    private DockerfileRules() {}

    static List<String> check(Input input, Path root) {
        List<String> violations = new ArrayList<>();
        RULES.forEach((name, rule) -> rule.apply(input, root).forEach(v -> violations.add("[" + name + "] " + v)));
        return violations;
    }

    static List<String> baseImage(Input in) {
        List<String> violations = new ArrayList<>();
        List<Dockerfile.Instruction> froms = in.dockerfile().all("FROM");
        if (froms.isEmpty()) {
            return List.of("no FROM");
        }
        for (Dockerfile.Instruction from : froms) {
            String image = Dockerfile.words(from.arguments()).stream()
                    .filter(w -> !w.startsWith("--"))
                    .findFirst()
                    .orElse("");
            if (!ImageReference.parse(image).isPinned()) {
                violations.add("line " + from.line() + ": base image " + image
                        + " must have a pinned tag (not latest, not missing)");
            }
        }
        Dockerfile.Instruction last = froms.get(froms.size() - 1);
        String image = Dockerfile.words(last.arguments()).stream()
                .filter(w -> !w.startsWith("--"))
                .findFirst()
                .orElse("");
        ImageReference reference = ImageReference.parse(image);
        if (!OFFICIAL_REPOSITORIES.contains(reference.name())) {
            violations.add("line " + last.line()
                    + ": the final stage must build on an official Open Liberty image, not " + reference.name());
        }
        Matcher tag = LIBERTY_TAG.matcher(reference.tag() == null ? "" : reference.tag());
        if (!tag.matches()) {
            violations.add("line " + last.line() + ": tag " + reference.tag()
                    + " is not a versioned Java 17 Open Liberty tag");
        } else if (!tag.group(1).equals(in.libertyVersion())) {
            violations.add(
                    "line " + last.line() + ": Open Liberty " + tag.group(1) + " differs from liberty.runtime.version "
                            + in.libertyVersion() + " in pom.xml (what the tests run on)");
        }
        return violations;
    }

    static List<String> user(Input in) {
        List<Dockerfile.Instruction> users = in.dockerfile().all("USER");
        if (users.isEmpty()) {
            return List.of("no USER: the base image's user would silently apply; set USER 1001 explicitly");
        }
        String last = users.get(users.size() - 1).arguments().strip();
        String user = last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
        if (user.equals("root") || user.equals("0") || !user.matches("\\d+")) {
            return List.of("the final USER must be a numeric non-root user (1001), is " + last);
        }
        return List.of();
    }

    static List<String> env(Input in) {
        List<String> violations = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        in.dockerfile().all("ENV").forEach(i -> env.putAll(i.envPairs()));
        if (!"1".equals(env.get("OMP_THREAD_LIMIT"))) {
            violations.add("ENV OMP_THREAD_LIMIT=1 is required (Tesseract is 7-8x slower without it), is "
                    + env.get("OMP_THREAD_LIMIT"));
        }
        for (Dockerfile.Instruction i : in.dockerfile().instructions()) {
            if (i.keyword().equals("ENV") || i.keyword().equals("ARG")) {
                Map<String, String> pairs = i.keyword().equals("ENV") ? i.envPairs() : argPairs(i);
                pairs.forEach((key, value) -> {
                    if (ManifestRules.SENSITIVE.matcher(key).matches() && value != null && !value.isEmpty()) {
                        violations.add("line " + i.line() + ": " + key
                                + " would be baked into the image; pass secrets at run time");
                    }
                });
            }
        }
        return violations;
    }

    private static Map<String, String> argPairs(Dockerfile.Instruction arg) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String word : Dockerfile.words(arg.arguments())) {
            int eq = word.indexOf('=');
            pairs.put(eq < 0 ? word : word.substring(0, eq), eq < 0 ? null : word.substring(eq + 1));
        }
        return pairs;
    }

    static List<String> tesseract(Input in) {
        List<String> words = in.dockerfile().all("RUN").stream()
                .filter(r ->
                        r.arguments().matches("(?s).*\\b(apt-get|apt|microdnf|dnf|yum)\\s+(-\\S+\\s+)*install\\b.*"))
                .flatMap(r -> Dockerfile.words(r.arguments()).stream())
                .toList();
        List<String> violations = new ArrayList<>();
        if (!words.contains("tesseract-ocr") && !words.contains("tesseract")) {
            violations.add("no RUN installs Tesseract (tesseract-ocr)");
        }
        for (String language : List.of("eng", "deu")) {
            if (!words.contains("tesseract-ocr-" + language) && !words.contains("tesseract-langpack-" + language)) {
                violations.add("no RUN installs the Tesseract language data " + language);
            }
        }
        return violations;
    }

    static List<String> features(Input in) {
        Dockerfile file = in.dockerfile();
        Optional<Dockerfile.Instruction> features = file.all("RUN").stream()
                .filter(r -> r.arguments().contains("features.sh"))
                .findFirst();
        if (features.isEmpty()) {
            return List.of(
                    "no RUN features.sh: the kernel-slim image would start without the features server.xml needs");
        }
        Optional<Dockerfile.Instruction> serverXml = copyOf(file, "src/main/liberty/config/server.xml");
        if (serverXml.isEmpty() || file.indexOf(serverXml.get()) > file.indexOf(features.get())) {
            return List.of(
                    "server.xml must be copied to /config/ before RUN features.sh (it lists the features to install)");
        }
        return List.of();
    }

    static List<String> configure(Input in) {
        Dockerfile file = in.dockerfile();
        List<Dockerfile.Instruction> runs = file.all("RUN");
        if (runs.isEmpty() || !runs.get(runs.size() - 1).arguments().contains("configure.sh")) {
            return List.of("the last RUN must be configure.sh, as the Open Liberty image documentation requires");
        }
        int configure = file.indexOf(runs.get(runs.size() - 1));
        List<String> violations = new ArrayList<>();
        for (Dockerfile.Instruction copy : file.all("COPY")) {
            if (file.indexOf(copy) > configure) {
                violations.add(
                        "line " + copy.line() + ": COPY after configure.sh misses its configuration and class cache");
            }
        }
        if (!file.all("USER").isEmpty()
                && file.indexOf(file.all("USER").get(file.all("USER").size() - 1)) > configure) {
            violations.add("configure.sh must run as the final non-root user");
        }
        return violations;
    }

    static List<String> appFiles(Input in, Path root) {
        List<String> violations = new ArrayList<>();
        REQUIRED_COPIES.forEach((source, destination) -> {
            Optional<Dockerfile.Instruction> copy = copyOf(in.dockerfile(), source);
            if (copy.isEmpty()) {
                violations.add("no COPY of " + source);
                return;
            }
            if (!copy.get().destination().equals(destination)) {
                violations.add("line " + copy.get().line() + ": " + source + " must go to " + destination + ", goes to "
                        + copy.get().destination());
            }
            if (!"1001:0".equals(copy.get().flags().get("chown"))) {
                violations.add("line " + copy.get().line()
                        + ": COPY needs --chown=1001:0 (the Liberty user and group 0, as in the image docs)");
            }
            if (!source.startsWith("target/") && root != null && !Files.exists(root.resolve(source))) {
                violations.add(source + " is copied but does not exist in the repository");
            }
        });
        for (Dockerfile.Instruction add : in.dockerfile().all("ADD")) {
            violations.add("line " + add.line() + ": use COPY, not ADD (no implicit downloads or unpacking)");
        }
        return violations;
    }

    static List<String> dockerIgnore(Input in) {
        List<String> violations = new ArrayList<>();
        for (Dockerfile.Instruction copy : in.dockerfile().all("COPY")) {
            if (copy.flags().containsKey("from")) {
                continue;
            }
            for (String source : copy.sources()) {
                String probe = source.endsWith("/") ? source + "example.jar" : source;
                if (!in.dockerIgnore().isIncluded(probe)) {
                    violations.add("line " + copy.line() + ": " + source
                            + " is excluded by .dockerignore, the build would fail");
                }
            }
        }
        for (String secret : NEVER_IN_CONTEXT) {
            if (in.dockerIgnore().isIncluded(secret)) {
                violations.add(".dockerignore lets " + secret + " into the build context");
            }
        }
        return violations;
    }

    static List<String> ports(Input in) {
        List<String> exposed = in.dockerfile().all("EXPOSE").stream()
                .flatMap(e -> Dockerfile.words(e.arguments()).stream())
                .toList();
        return exposed.contains("8000")
                ? List.of()
                : List.of("EXPOSE 8000 (PORT, the reference system's port) is missing");
    }

    private static Optional<Dockerfile.Instruction> copyOf(Dockerfile file, String source) {
        return file.all("COPY").stream()
                .filter(c -> c.sources().contains(source))
                .findFirst();
    }
}
