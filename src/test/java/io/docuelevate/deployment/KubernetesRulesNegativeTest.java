package io.docuelevate.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every rule can fail: each case breaks one thing in an in-memory copy of the rendered production
 * overlay and expects the matching rule to report it.
 */
class KubernetesRulesNegativeTest {

    private static final String API = "docuelevate-api";
    private static final String WORKER = "docuelevate-worker";

    private static List<ObjectNode> production() {
        return Kustomize.render(ProjectFiles.PRODUCTION);
    }

    @Test
    void theUnbrokenCopyHasNoViolations() {
        assertEquals(List.of(), ManifestRules.check(Cluster.of(production())));
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                broken(
                        "app-deployments",
                        "api runs as worker",
                        m -> env(container(m, "Deployment", API)).put("value", "worker")),
                broken("app-deployments", "worker Deployment missing", m -> remove(m, "Deployment", WORKER)),
                broken(
                        "probes",
                        "api without readiness probe",
                        m -> container(m, "Deployment", API).remove("readinessProbe")),
                broken(
                        "probes",
                        "worker startup probe on the liveness path",
                        m -> ((ObjectNode) container(m, "Deployment", WORKER).at("/startupProbe/httpGet"))
                                .put("path", "/health/live")),
                broken(
                        "resources",
                        "api without memory limit",
                        m -> ((ObjectNode) container(m, "Deployment", API).at("/resources/limits")).remove("memory")),
                broken(
                        "resources",
                        "migrate init container without requests",
                        m -> ((ObjectNode)
                                        initContainer(m, "Deployment", WORKER).at("/resources"))
                                .remove("requests")),
                broken(
                        "resources",
                        "request above limit",
                        m -> ((ObjectNode) object(m, "StatefulSet", "docuelevate-redis")
                                        .at("/spec/template/spec/containers/0/resources/requests"))
                                .put("memory", "1Gi")),
                broken(
                        "guide-resources",
                        "worker cpu request below the guide",
                        m -> ((ObjectNode) container(m, "Deployment", WORKER).at("/resources/requests"))
                                .put("cpu", "100m")),
                broken(
                        "replicas",
                        "a single api replica",
                        m -> spec(m, "Deployment", API).put("replicas", 1)),
                broken(
                        "replicas",
                        "fixed worker replicas next to the autoscaler",
                        m -> spec(m, "Deployment", WORKER).put("replicas", 3)),
                broken(
                        "replicas",
                        "autoscaler down to one worker",
                        m -> spec(m, "HorizontalPodAutoscaler", WORKER).put("minReplicas", 1)),
                broken("replicas", "workers without autoscaler", m -> remove(m, "HorizontalPodAutoscaler", WORKER)),
                broken(
                        "hpa",
                        "autoscaler up to 5 only",
                        m -> spec(m, "HorizontalPodAutoscaler", WORKER).put("maxReplicas", 5)),
                broken(
                        "hpa",
                        "autoscaler at 80 %",
                        m -> ((ObjectNode) spec(m, "HorizontalPodAutoscaler", WORKER)
                                        .at("/metrics/0/resource/target"))
                                .put("averageUtilization", 80)),
                broken("pdb", "api without PodDisruptionBudget", m -> remove(m, "PodDisruptionBudget", API)),
                broken(
                        "pdb",
                        "budget allowing nothing",
                        m -> spec(m, "PodDisruptionBudget", WORKER).put("maxUnavailable", 0)),
                broken(
                        "workdir",
                        "work directory ReadWriteOnce",
                        m -> spec(m, "PersistentVolumeClaim", "docuelevate-workdir")
                                .putArray("accessModes")
                                .add("ReadWriteOnce")),
                broken(
                        "workdir",
                        "worker without the work directory",
                        m -> container(m, "Deployment", WORKER).remove("volumeMounts")),
                broken(
                        "workdir",
                        "api mounts the work directory read-only",
                        m -> ((ObjectNode) container(m, "Deployment", API).at("/volumeMounts/0"))
                                .put("readOnly", true)),
                broken(
                        "network-policies",
                        "Redis without NetworkPolicy",
                        m -> remove(m, "NetworkPolicy", "docuelevate-redis")),
                broken(
                        "network-policies",
                        "Meilisearch open to other namespaces",
                        m -> ((ObjectNode) spec(m, "NetworkPolicy", "docuelevate-meilisearch")
                                        .at("/ingress/0/from/0"))
                                .putObject("namespaceSelector")),
                broken(
                        "network-policies",
                        "Redis open to every pod of the namespace",
                        m -> ((ObjectNode) spec(m, "NetworkPolicy", "docuelevate-redis")
                                        .at("/ingress/0/from/0"))
                                .putObject("podSelector")),
                broken(
                        "network-policies",
                        "Redis open to the backup Job",
                        m -> ((ArrayNode) spec(m, "NetworkPolicy", "docuelevate-redis")
                                        .at("/ingress/0/from/0/podSelector/matchExpressions/0/values"))
                                .add("backup")),
                broken(
                        "network-policies",
                        "Meilisearch rule without from",
                        m -> ((ObjectNode) spec(m, "NetworkPolicy", "docuelevate-meilisearch")
                                        .at("/ingress/0"))
                                .remove("from")),
                broken(
                        "network-policies",
                        "Redis open to an IP block",
                        m -> ((ArrayNode) spec(m, "NetworkPolicy", "docuelevate-redis")
                                        .at("/ingress/0/from"))
                                .addObject()
                                .putObject("ipBlock")
                                .put("cidr", "0.0.0.0/0")),
                broken(
                        "secrets",
                        "a Secret with values among the applied objects",
                        m -> m.add((ObjectNode) Yaml.documents("""
                        apiVersion: v1
                        kind: Secret
                        metadata: {name: leaked, namespace: docuelevate}
                        stringData: {SESSION_SECRET: not-so-secret}
                        """).get(0))),
                broken("secrets", "SESSION_SECRET written inline", m -> {
                    ObjectNode env = envVar(container(m, "Deployment", API), "SESSION_SECRET");
                    env.remove("valueFrom");
                    env.put("value", "0123456789abcdef0123456789abcdef");
                }),
                broken(
                        "secrets",
                        "ADMIN_PASSWORD in the ConfigMap",
                        m -> ((ObjectNode) object(m, "ConfigMap", "docuelevate-config")
                                        .at("/data"))
                                .put("ADMIN_PASSWORD", "hunter2")),
                broken(
                        "secrets",
                        "credentials inside a URL value",
                        m -> ((ObjectNode) object(m, "ConfigMap", "docuelevate-config")
                                        .at("/data"))
                                .put("MEILISEARCH_URL", "http://admin:pw@meili:7700")),
                broken(
                        "secrets",
                        "a whole Secret through envFrom",
                        m -> ((ArrayNode) container(m, "Deployment", WORKER).at("/envFrom"))
                                .addObject()
                                .putObject("secretRef")
                                .put("name", "docuelevate-secrets")),
                broken(
                        "images",
                        "latest tag",
                        m -> container(m, "Deployment", API)
                                .put("image", "registry.example.com/docuelevate/docuelevate:latest")),
                broken(
                        "images",
                        "no tag",
                        m -> ((ObjectNode) object(m, "StatefulSet", "docuelevate-redis")
                                        .at("/spec/template/spec/containers/0"))
                                .put("image", "redis")),
                broken(
                        "images",
                        "pull policy Always",
                        m -> initContainer(m, "Deployment", API).put("imagePullPolicy", "Always")),
                broken(
                        "migrate-ordering",
                        "api without the migrate init container",
                        m -> ((ObjectNode) spec(m, "Deployment", API).at("/template/spec")).remove("initContainers")),
                broken(
                        "migrate-ordering",
                        "worker migrates on startup",
                        m -> envVar(container(m, "Deployment", WORKER), "MIGRATE_ON_STARTUP")
                                .put("value", "true")),
                broken(
                        "migrate-ordering",
                        "init container of another version",
                        m -> initContainer(m, "Deployment", WORKER)
                                .put("image", "registry.example.com/docuelevate/docuelevate:0.0.9")),
                broken(
                        "migrate-ordering",
                        "rolling update that stops old pods first",
                        m -> ((ObjectNode) spec(m, "Deployment", API).at("/strategy/rollingUpdate"))
                                .put("maxUnavailable", 1)),
                broken("migrate-ordering", "no migrate Job", m -> remove(m, "Job", "docuelevate-migrate")),
                broken(
                        "migrate-ordering",
                        "migrate Job without the pre-sync hook",
                        m -> ((ObjectNode)
                                        object(m, "Job", "docuelevate-migrate").at("/metadata/annotations"))
                                .remove("argocd.argoproj.io/hook")),
                broken(
                        "migrate-ordering",
                        "migrate Job restarting in place",
                        m -> ((ObjectNode) spec(m, "Job", "docuelevate-migrate").at("/template/spec"))
                                .put("restartPolicy", "OnFailure")),
                broken(
                        "security-context",
                        "worker as root",
                        m -> ((ObjectNode) spec(m, "Deployment", WORKER).at("/template/spec/securityContext"))
                                .put("runAsUser", 0)),
                broken(
                        "security-context",
                        "privilege escalation allowed",
                        m -> ((ObjectNode) container(m, "Deployment", API).at("/securityContext"))
                                .remove("allowPrivilegeEscalation")),
                broken(
                        "security-context",
                        "Meilisearch without seccomp profile",
                        m -> ((ObjectNode) object(m, "StatefulSet", "docuelevate-meilisearch")
                                        .at("/spec/template/spec/securityContext"))
                                .remove("seccompProfile")),
                broken(
                        "ingress",
                        "no cert-manager issuer",
                        m -> ((ObjectNode) object(m, "Ingress", "docuelevate").at("/metadata/annotations"))
                                .remove("cert-manager.io/cluster-issuer")),
                broken(
                        "ingress",
                        "10 MiB body limit",
                        m -> ((ObjectNode) object(m, "Ingress", "docuelevate").at("/metadata/annotations"))
                                .put("nginx.ingress.kubernetes.io/proxy-body-size", "10m")),
                broken(
                        "ingress",
                        "60 s read timeout",
                        m -> ((ObjectNode) object(m, "Ingress", "docuelevate").at("/metadata/annotations"))
                                .put("nginx.ingress.kubernetes.io/proxy-read-timeout", "60")),
                broken(
                        "ingress",
                        "no TLS",
                        m -> spec(m, "Ingress", "docuelevate").remove("tls")),
                broken(
                        "ingress",
                        "the /metrics closer without TLS",
                        m -> spec(m, "Ingress", "docuelevate-internal-paths").remove("tls")),
                broken(
                        "metrics-off-ingress",
                        "/metrics closer removed",
                        m -> remove(m, "Ingress", "docuelevate-internal-paths")),
                broken(
                        "metrics-off-ingress",
                        "/metrics closer admitting IPv6 clients",
                        m -> ((ObjectNode) object(m, "Ingress", "docuelevate-internal-paths")
                                        .at("/metadata/annotations"))
                                .put("nginx.ingress.kubernetes.io/denylist-source-range", "0.0.0.0/0")),
                broken(
                        "metrics-off-ingress",
                        "/metrics closer on another host",
                        m -> ((ObjectNode) spec(m, "Ingress", "docuelevate-internal-paths")
                                        .at("/rules/0"))
                                .put("host", "other.example.com")),
                broken(
                        "references",
                        "Service selecting nothing",
                        m -> ((ObjectNode) spec(m, "Service", API).at("/selector"))
                                .put("app.kubernetes.io/component", "apii")),
                broken(
                        "references",
                        "unknown ConfigMap",
                        m -> ((ObjectNode) container(m, "Deployment", API).at("/envFrom/0/configMapRef"))
                                .put("name", "docuelevate-cfg")),
                broken(
                        "references",
                        "Ingress to a missing Service",
                        m -> ((ObjectNode)
                                        spec(m, "Ingress", "docuelevate").at("/rules/0/http/paths/0/backend/service"))
                                .put("name", "api")),
                broken(
                        "namespace",
                        "an object in another namespace",
                        m -> ((ObjectNode) object(m, "Service", API).at("/metadata")).put("namespace", "default")),
                broken("backup", "no backup CronJob", m -> remove(m, "CronJob", "docuelevate-backup")),
                broken(
                        "backup",
                        "backup CronJob running concurrently",
                        m -> spec(m, "CronJob", "docuelevate-backup").put("concurrencyPolicy", "Allow")),
                broken("secrets", "backup token written into the args", m -> {
                    ArrayNode args = (ArrayNode) spec(m, "CronJob", "docuelevate-backup")
                            .at("/jobTemplate/spec/template/spec/containers/0/args");
                    for (int i = 0; i < args.size(); i++) {
                        if (args.get(i).asString().startsWith("Authorization")) {
                            args.set(i, "Authorization: Bearer de_0123456789");
                        }
                    }
                }),
                broken(
                        "stateful-services",
                        "Redis without a volume claim template",
                        m -> spec(m, "StatefulSet", "docuelevate-redis").remove("volumeClaimTemplates")));
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("brokenManifests")
    void brokenManifestIsReported(String rule, String description, Consumer<List<ObjectNode>> breakIt) {
        List<ObjectNode> manifests = production();
        breakIt.accept(manifests);
        List<String> violations = ManifestRules.check(Cluster.of(manifests));
        assertTrue(
                violations.stream().anyMatch(v -> v.startsWith("[" + rule + "]")),
                description + ": expected a [" + rule + "] violation, got " + violations);
    }

    @Test
    void credentialsInUrlsAreRecognised() {
        assertTrue(ManifestRules.hasInlineCredentials("postgresql://bob:secret@db:5432/app"));
        assertTrue(ManifestRules.hasInlineCredentials("redis://:secret@redis:6379/0"));
        assertFalse(ManifestRules.hasInlineCredentials("redis://:$(REDIS_PASSWORD)@redis:6379/0"));
        assertFalse(ManifestRules.hasInlineCredentials("http://docuelevate-meilisearch:7700"));
        assertFalse(ManifestRules.hasInlineCredentials(
                "http://docuelevate-api:8000/api/admin/backup/create?backup_type=daily"));
    }

    @Test
    void sensitiveNamesAreRecognised() {
        for (String name : List.of(
                "DATABASE_URL",
                "REDIS_URL",
                "SESSION_SECRET",
                "ADMIN_PASSWORD",
                "MEILISEARCH_API_KEY",
                "keystore_password",
                "MEILI_MASTER_KEY",
                "BACKUP_API_TOKEN",
                "REDISCLI_AUTH",
                "OPENAI_API_KEY")) {
            assertTrue(ManifestRules.SENSITIVE.matcher(name).matches(), name);
        }
        for (String name : List.of(
                "WORKDIR", "AUTH_ENABLED", "MEILISEARCH_URL", "ADMIN_USERNAME", "METADATA_MAX_INPUT_TOKENS", "PORT")) {
            assertFalse(ManifestRules.SENSITIVE.matcher(name).matches(), name);
        }
    }

    @Test
    void nginxSizesAreParsed() {
        assertEquals(1L << 30, ManifestRules.sizeInBytes("1024m"));
        assertEquals(1L << 30, ManifestRules.sizeInBytes("1g"));
        assertEquals(10L << 20, ManifestRules.sizeInBytes("10m"));
        assertEquals(1000L, ManifestRules.sizeInBytes("1000"));
    }

    // --- editing helpers ---------------------------------------------------------------------------

    private static Arguments broken(String rule, String description, Consumer<List<ObjectNode>> breakIt) {
        return Arguments.of(rule, description, breakIt);
    }

    static ObjectNode object(List<ObjectNode> manifests, String kind, String name) {
        return manifests.stream()
                .filter(o -> kind.equals(o.path("kind").asString())
                        && name.equals(o.path("metadata").path("name").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " not rendered"));
    }

    static void remove(List<ObjectNode> manifests, String kind, String name) {
        manifests.remove(object(manifests, kind, name));
    }

    static ObjectNode spec(List<ObjectNode> manifests, String kind, String name) {
        return (ObjectNode) object(manifests, kind, name).get("spec");
    }

    static ObjectNode container(List<ObjectNode> manifests, String kind, String name) {
        return (ObjectNode) spec(manifests, kind, name).at("/template/spec/containers/0");
    }

    static ObjectNode initContainer(List<ObjectNode> manifests, String kind, String name) {
        return (ObjectNode) spec(manifests, kind, name).at("/template/spec/initContainers/0");
    }

    static ObjectNode envVar(ObjectNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (name.equals(env.path("name").asString())) {
                return (ObjectNode) env;
            }
        }
        throw new AssertionError("no env " + name);
    }

    private static ObjectNode env(ObjectNode container) {
        return envVar(container, "DOCUELEVATE_ROLE");
    }
}
