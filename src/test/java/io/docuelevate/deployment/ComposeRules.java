package io.docuelevate.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Rules for docker-compose.yaml, read as a YAML tree. The keys are checked against the parts of the
 * Compose specification this file uses, so a misspelt {@code depend_on} or {@code healtcheck} fails
 * instead of being ignored by the test (Compose itself rejects unknown keys too).
 */
final class ComposeRules {

    static final Set<String> TOP_LEVEL_KEYS = Set.of("name", "services", "networks", "volumes", "configs", "secrets");
    static final Set<String> SERVICE_KEYS = Set.of(
            "image",
            "build",
            "command",
            "entrypoint",
            "environment",
            "env_file",
            "volumes",
            "ports",
            "expose",
            "networks",
            "depends_on",
            "healthcheck",
            "restart",
            "deploy",
            "stop_grace_period",
            "stop_signal",
            "logging",
            "labels",
            "container_name",
            "profiles",
            "user",
            "working_dir",
            "read_only",
            "tmpfs",
            "cap_drop",
            "cap_add",
            "security_opt",
            "init",
            "pull_policy",
            "secrets",
            "configs",
            "ulimits",
            "shm_size",
            "hostname",
            "extra_hosts");
    static final Set<String> HEALTHCHECK_KEYS =
            Set.of("test", "interval", "timeout", "retries", "start_period", "start_interval", "disable");
    static final Set<String> DEPENDS_ON_KEYS = Set.of("condition", "restart", "required");
    static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");
    static final Set<String> REQUIRED_SERVICES = Set.of("api", "worker", "migrate", "postgres", "redis", "meilisearch");
    static final Set<String> APP_SERVICES = Set.of("api", "worker", "migrate");
    static final Set<String> BACKING_SERVICES = Set.of("postgres", "redis", "meilisearch");

    private static final Pattern URL_CREDENTIALS = Pattern.compile("://([^/@\\s:]*):(\\$\\{[^}]*\\}|[^/@\\s]+)@");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[^}]*\\}");

    static final Map<String, Function<JsonNode, List<String>>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("keys", ComposeRules::keys);
        RULES.put("services", ComposeRules::services);
        RULES.put("migrate", ComposeRules::migrate);
        RULES.put("workdir", ComposeRules::workdir);
        RULES.put("healthchecks", ComposeRules::healthchecks);
        RULES.put("secrets", ComposeRules::secrets);
        RULES.put("scalable", ComposeRules::scalable);
        RULES.put("images", ComposeRules::images);
        RULES.put("exposure", ComposeRules::exposure);
    }

    private ComposeRules() {}

    static List<String> check(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        RULES.forEach((name, rule) -> rule.apply(compose).forEach(v -> violations.add("[" + name + "] " + v)));
        return violations;
    }

    static List<String> keys(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        compose.propertyNames().stream()
                .filter(k -> !TOP_LEVEL_KEYS.contains(k) && !k.startsWith("x-"))
                .forEach(k -> violations.add("unknown top-level key " + k));
        for (Map.Entry<String, JsonNode> service : compose.path("services").properties()) {
            String name = service.getKey();
            service.getValue().propertyNames().stream()
                    .filter(k -> !SERVICE_KEYS.contains(k))
                    .forEach(k -> violations.add(name + ": unknown key " + k));
            service.getValue().path("healthcheck").propertyNames().stream()
                    .filter(k -> !HEALTHCHECK_KEYS.contains(k))
                    .forEach(k -> violations.add(name + ".healthcheck: unknown key " + k));
            JsonNode dependsOn = service.getValue().path("depends_on");
            if (dependsOn.isArray()) {
                violations.add(name + ": depends_on must use the long form with a condition");
            }
            for (Map.Entry<String, JsonNode> dependency : dependsOn.properties()) {
                dependency.getValue().propertyNames().stream()
                        .filter(k -> !DEPENDS_ON_KEYS.contains(k))
                        .forEach(k ->
                                violations.add(name + ".depends_on." + dependency.getKey() + ": unknown key " + k));
                String condition = dependency.getValue().path("condition").asString("");
                if (!CONDITIONS.contains(condition)) {
                    violations.add(name + ".depends_on." + dependency.getKey() + ": condition must be one of "
                            + CONDITIONS + ", is '" + condition + "'");
                }
                if (!compose.path("services").has(dependency.getKey())) {
                    violations.add(name + ": depends on unknown service " + dependency.getKey());
                }
            }
        }
        return violations;
    }

    static List<String> services(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (String required : REQUIRED_SERVICES) {
            if (!compose.path("services").has(required)) {
                violations.add("service " + required + " is missing");
            }
        }
        for (String role : List.of("api", "worker")) {
            String actual = environment(compose, role).get("DOCUELEVATE_ROLE");
            if (!role.equals(actual)) {
                violations.add(role + ": DOCUELEVATE_ROLE must be " + role + ", is " + actual);
            }
        }
        if (!environment(compose, "worker").containsKey("WORKER_QUEUES")) {
            violations.add("worker: WORKER_QUEUES must say which queues it consumes");
        }
        return violations;
    }

    static List<String> migrate(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        JsonNode migrate = compose.path("services").path("migrate");
        List<String> command = new ArrayList<>(words(migrate.path("entrypoint")));
        command.addAll(words(migrate.path("command")));
        if (command.isEmpty() || !command.get(0).equals(ManifestRules.MIGRATE_COMMAND)) {
            violations.add("migrate: must run " + ManifestRules.MIGRATE_COMMAND + ", runs " + command);
        }
        if (!"no".equals(migrate.path("restart").asString(""))) {
            violations.add("migrate: restart must be \"no\" (a one-shot that exits 0)");
        }
        if (!"service_healthy"
                .equals(migrate.path("depends_on")
                        .path("postgres")
                        .path("condition")
                        .asString(""))) {
            violations.add("migrate: must wait for a healthy postgres");
        }
        for (String service : List.of("api", "worker")) {
            JsonNode dependsOn = compose.path("services").path(service).path("depends_on");
            if (!"service_completed_successfully"
                    .equals(dependsOn.path("migrate").path("condition").asString(""))) {
                violations.add(service + ": must start only after migrate completed successfully");
            }
            for (String backing : List.of("redis", "meilisearch")) {
                if (!"service_healthy"
                        .equals(dependsOn.path(backing).path("condition").asString(""))) {
                    violations.add(service + ": must wait for a healthy " + backing);
                }
            }
            if (!"false".equals(environment(compose, service).get("MIGRATE_ON_STARTUP"))) {
                violations.add(service + ": MIGRATE_ON_STARTUP must be \"false\" (the migrate service ran first)");
            }
        }
        return violations;
    }

    static List<String> workdir(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        Set<String> mounts = new HashSet<>();
        for (String service : List.of("api", "worker")) {
            String workdir = environment(compose, service).get("WORKDIR");
            List<String> volumes = words(compose.path("services").path(service).path("volumes"));
            String mount = volumes.stream()
                    .filter(v -> workdir != null && v.endsWith(":" + workdir))
                    .findFirst()
                    .orElse(null);
            if (mount == null) {
                violations.add(service + ": must mount the shared volume at its WORKDIR " + workdir);
                continue;
            }
            String volume = mount.substring(0, mount.indexOf(':'));
            if (volume.startsWith(".") || volume.startsWith("/")) {
                violations.add(service + ": the work directory must be a named volume, not the host path " + volume);
            } else if (!compose.path("volumes").has(volume)) {
                violations.add(service + ": volume " + volume + " is not declared under volumes:");
            }
            mounts.add(mount);
        }
        if (mounts.size() > 1) {
            violations.add("api and worker must mount the same volume at the same path, found " + mounts);
        }
        for (String backing : BACKING_SERVICES) {
            if (words(compose.path("services").path(backing).path("volumes")).isEmpty()) {
                violations.add(backing + ": its data needs a volume");
            }
        }
        return violations;
    }

    static List<String> healthchecks(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (String service : List.of("api", "worker", "postgres", "redis", "meilisearch")) {
            JsonNode test =
                    compose.path("services").path(service).path("healthcheck").path("test");
            if (words(test).isEmpty()) {
                violations.add(service + ": no healthcheck");
            }
        }
        for (Map.Entry<String, JsonNode> service : compose.path("services").properties()) {
            for (Map.Entry<String, JsonNode> dependency :
                    service.getValue().path("depends_on").properties()) {
                if ("service_healthy"
                                .equals(dependency.getValue().path("condition").asString(""))
                        && words(compose.path("services")
                                        .path(dependency.getKey())
                                        .path("healthcheck")
                                        .path("test"))
                                .isEmpty()) {
                    violations.add(service.getKey() + ": waits for a healthy " + dependency.getKey()
                            + ", which has no healthcheck");
                }
            }
        }
        for (String service : List.of("api", "worker")) {
            String test = String.join(
                    " ",
                    words(compose.path("services")
                            .path(service)
                            .path("healthcheck")
                            .path("test")));
            if (!test.contains("/health/ready") && !test.contains("/api/health")) {
                violations.add(
                        service
                                + ": the healthcheck must ask the application (/health/ready), not only whether a port is open");
            }
        }
        return violations;
    }

    static List<String> secrets(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : compose.path("services").properties()) {
            String name = service.getKey();
            environment(compose, name).forEach((key, value) -> {
                if (value == null) {
                    return;
                }
                if (ManifestRules.SENSITIVE.matcher(key).matches()
                        && !key.equals("DATABASE_URL")
                        && !key.equals("REDIS_URL")
                        && !INTERPOLATION.matcher(value).replaceAll("").isEmpty()) {
                    violations.add(name + ": " + key + " is written inline; take it from .env (${" + key + "})");
                }
                Matcher credentials = URL_CREDENTIALS.matcher(value);
                while (credentials.find()) {
                    if (!credentials.group(2).startsWith("${")) {
                        violations.add(name + ": " + key + " has a literal password in its URL");
                    }
                }
            });
            for (String word : words(service.getValue().path("command"))) {
                if (URL_CREDENTIALS.matcher(word).find() && !word.contains("${")) {
                    violations.add(name + ": credentials in the command");
                }
            }
            List<String> command = words(service.getValue().path("command"));
            int pass = command.indexOf("--requirepass");
            if (pass >= 0 && pass + 1 < command.size() && !command.get(pass + 1).startsWith("${")) {
                violations.add(name + ": literal --requirepass in the command");
            }
            if (APP_SERVICES.contains(name)
                    && !words(service.getValue().path("env_file")).contains(".env")) {
                violations.add(name + ": must read its settings from .env (env_file)");
            }
        }
        return violations;
    }

    static List<String> scalable(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        JsonNode worker = compose.path("services").path("worker");
        if (worker.has("container_name")) {
            violations.add("worker: container_name prevents running more than one worker");
        }
        for (String port : words(worker.path("ports"))) {
            if (port.contains(":")) {
                violations.add("worker: a fixed host port (" + port + ") prevents scaling");
            }
        }
        int replicas = worker.path("deploy").path("replicas").asInt(0);
        if (!worker.path("deploy").path("replicas").isInt() || replicas < 2) {
            violations.add("worker: deploy.replicas must be at least 2 for redundancy, is "
                    + worker.path("deploy").path("replicas"));
        }
        return violations;
    }

    static List<String> images(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : compose.path("services").properties()) {
            String image = service.getValue().path("image").asString("");
            String effective = image.replaceAll("^\\$\\{[A-Z_]+:-([^}]+)\\}$", "$1");
            if (effective.isEmpty()
                    || effective.contains("${")
                    || !ImageReference.parse(effective).isPinned()) {
                violations.add(
                        service.getKey() + ": image " + image + " must have a pinned tag (not latest, not missing)");
            }
        }
        return violations;
    }

    static List<String> exposure(JsonNode compose) {
        List<String> violations = new ArrayList<>();
        for (String backing : BACKING_SERVICES) {
            JsonNode service = compose.path("services").path(backing);
            if (service.has("ports")) {
                violations.add(backing + ": must not publish ports (reachable only from the DocuElevate services)");
            }
            for (String network : words(service.path("networks"))) {
                if (!compose.path("networks").path(network).path("internal").asBoolean(false)) {
                    violations.add(backing + ": network " + network + " must be internal: true");
                }
            }
            if (words(service.path("networks")).isEmpty()) {
                violations.add(backing + ": must be attached to an internal network only");
            }
        }
        for (String port : words(compose.path("services").path("api").path("ports"))) {
            if (!port.startsWith("127.0.0.1:")) {
                violations.add(
                        "api: port " + port + " must be bound to 127.0.0.1; TLS is terminated by the reverse proxy");
            }
        }
        return violations;
    }

    /** A service's environment as a map (list form KEY=VALUE or map form; a key without value maps to null). */
    static Map<String, String> environment(JsonNode compose, String service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = compose.path("services").path(service).path("environment");
        if (node.isArray()) {
            for (JsonNode item : node) {
                String entry = item.asString();
                int eq = entry.indexOf('=');
                env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            }
        } else {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                env.put(
                        entry.getKey(),
                        entry.getValue().isNull() ? null : entry.getValue().asString());
            }
        }
        return env;
    }

    /** A string or a list of strings (or a map's keys, as for networks) as a list. */
    static List<String> words(JsonNode node) {
        List<String> words = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> words.add(n.asString()));
        } else if (node.isObject()) {
            words.addAll(node.propertyNames());
        } else if (node.isString()) {
            words.add(node.asString());
        }
        return words;
    }
}
