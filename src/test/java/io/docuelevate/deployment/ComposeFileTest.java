package io.docuelevate.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** docker-compose.yaml and .env.example, and a broken copy for every rule. */
class ComposeFileTest {

    private static ObjectNode compose() {
        return (ObjectNode) Yaml.single(ProjectFiles.COMPOSE);
    }

    @Test
    void theComposeFileFollowsTheRules() {
        assertEquals(List.of(), ComposeRules.check(compose()));
    }

    @Test
    void envExampleHasEveryRequiredVariableAndOnlyPlaceholdersForSecrets() {
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : ProjectFiles.read(ProjectFiles.ENV_EXAMPLE).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int eq = trimmed.indexOf('=');
                assertTrue(eq > 0, ".env.example: not KEY=VALUE: " + line);
                example.put(trimmed.substring(0, eq), trimmed.substring(eq + 1));
            }
        }
        Set<String> referenced = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[:?}-]")
                .matcher(ProjectFiles.read(ProjectFiles.COMPOSE));
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertTrue(
                referenced.contains("POSTGRES_PASSWORD") && referenced.contains("MEILISEARCH_API_KEY"),
                referenced.toString());
        for (String variable : referenced) {
            assertTrue(
                    example.containsKey(variable),
                    ".env.example must define " + variable + ", which docker-compose.yaml uses");
        }
        for (String secret : List.of(
                "POSTGRES_PASSWORD", "SESSION_SECRET", "ADMIN_PASSWORD", "MEILISEARCH_API_KEY", "keystore_password")) {
            assertEquals("CHANGE-ME", example.get(secret), ".env.example: " + secret + " must be a placeholder");
        }
        example.forEach((key, value) -> {
            if (ManifestRules.SENSITIVE.matcher(key).matches()) {
                assertEquals("CHANGE-ME", value, ".env.example: " + key + " must be a placeholder");
            }
        });
        assertEquals("1", example.get("OMP_THREAD_LIMIT"));
        assertTrue(
                ProjectFiles.read(ProjectFiles.ROOT.resolve(".gitignore"))
                        .lines()
                        .anyMatch(".env"::equals),
                ".env must be ignored by git");
    }

    static Stream<Arguments> brokenComposeFiles() {
        return Stream.of(
                broken("keys", "misspelt depends_on", c -> {
                    ObjectNode api = service(c, "api");
                    api.set("depend_on", api.remove("depends_on"));
                }),
                broken(
                        "keys",
                        "misspelt healthcheck key",
                        c -> ((ObjectNode) service(c, "redis").get("healthcheck")).put("intervall", "5s")),
                broken(
                        "keys",
                        "unknown condition",
                        c -> ((ObjectNode) service(c, "worker").at("/depends_on/migrate"))
                                .put("condition", "service_completed")),
                broken(
                        "keys",
                        "short depends_on form",
                        c -> service(c, "migrate").putArray("depends_on").add("postgres")),
                broken("services", "no Meilisearch", c -> ((ObjectNode) c.get("services")).remove("meilisearch")),
                broken(
                        "services",
                        "worker with the api role",
                        c -> ((ObjectNode) service(c, "worker").get("environment")).put("DOCUELEVATE_ROLE", "api")),
                broken(
                        "migrate",
                        "api starts before the migration finished",
                        c -> ((ObjectNode) service(c, "api").at("/depends_on/migrate"))
                                .put("condition", "service_started")),
                broken(
                        "migrate",
                        "worker no longer waits for migrate",
                        c -> ((ObjectNode) service(c, "worker").get("depends_on")).remove("migrate")),
                broken(
                        "migrate",
                        "migrate restarts forever",
                        c -> service(c, "migrate").put("restart", "unless-stopped")),
                broken(
                        "migrate",
                        "migrate runs the server",
                        c -> service(c, "migrate").remove("entrypoint")),
                broken(
                        "migrate",
                        "api migrates on startup",
                        c -> ((ObjectNode) service(c, "api").get("environment")).put("MIGRATE_ON_STARTUP", "true")),
                broken(
                        "workdir",
                        "worker without the work directory",
                        c -> service(c, "worker").remove("volumes")),
                broken(
                        "workdir",
                        "worker on its own volume",
                        c -> service(c, "worker").putArray("volumes").add("worker_workdir:/workdir")),
                broken(
                        "workdir",
                        "work directory on a host path",
                        c -> service(c, "api").putArray("volumes").add("./workdir:/workdir")),
                broken(
                        "workdir",
                        "PostgreSQL without a volume",
                        c -> service(c, "postgres").remove("volumes")),
                broken(
                        "healthchecks",
                        "api without healthcheck",
                        c -> service(c, "api").remove("healthcheck")),
                broken(
                        "healthchecks",
                        "waiting for a Redis that cannot report health",
                        c -> service(c, "redis").remove("healthcheck")),
                broken(
                        "healthchecks",
                        "worker healthcheck only checks a port",
                        c -> ((ArrayNode) service(c, "worker").at("/healthcheck/test"))
                                .removeAll()
                                .add("CMD-SHELL")
                                .add("true")),
                broken(
                        "secrets",
                        "inline session secret",
                        c -> ((ObjectNode) service(c, "api").get("environment"))
                                .put("SESSION_SECRET", "0123456789abcdef")),
                broken(
                        "secrets",
                        "literal database password",
                        c -> ((ObjectNode) service(c, "worker").get("environment"))
                                .put("DATABASE_URL", "postgresql://docuelevate:hunter2@postgres:5432/docuelevate")),
                broken(
                        "secrets",
                        "literal Meilisearch key",
                        c -> ((ObjectNode) service(c, "meilisearch").get("environment"))
                                .put("MEILI_MASTER_KEY", "masterKey")),
                broken(
                        "secrets",
                        "api without the .env file",
                        c -> service(c, "api").remove("env_file")),
                broken(
                        "scalable",
                        "worker with a container name",
                        c -> service(c, "worker").put("container_name", "docuelevate-worker")),
                broken(
                        "scalable",
                        "a single worker",
                        c -> ((ObjectNode) service(c, "worker").get("deploy")).put("replicas", 1)),
                broken(
                        "scalable",
                        "worker on a fixed host port",
                        c -> service(c, "worker").putArray("ports").add("8001:8000")),
                broken("images", "latest tag", c -> service(c, "redis").put("image", "redis:latest")),
                broken(
                        "images",
                        "untagged image",
                        c -> service(c, "api").put("image", "${DOCUELEVATE_IMAGE:-docuelevate}")),
                broken(
                        "exposure",
                        "PostgreSQL published",
                        c -> service(c, "postgres").putArray("ports").add("5432:5432")),
                broken(
                        "exposure",
                        "Redis on the outside network",
                        c -> ((ArrayNode) service(c, "redis").get("networks")).add("frontend")),
                broken(
                        "exposure",
                        "api on every interface",
                        c -> service(c, "api").putArray("ports").add("8000:8000")));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("brokenComposeFiles")
    void brokenComposeFileIsReported(String rule, String description, Consumer<ObjectNode> breakIt) {
        ObjectNode compose = compose();
        breakIt.accept(compose);
        List<String> violations = ComposeRules.check(compose);
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith("[" + rule + "]")),
                description + ": expected a [" + rule + "] violation, got " + violations);
    }

    private static ObjectNode service(ObjectNode compose, String name) {
        JsonNode service = compose.path("services").path(name);
        assertTrue(service.isObject(), "service " + name);
        return (ObjectNode) service;
    }

    private static Arguments broken(String rule, String description, Consumer<ObjectNode> breakIt) {
        return Arguments.of(rule, description, breakIt);
    }
}
