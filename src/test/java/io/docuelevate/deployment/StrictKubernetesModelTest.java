package io.docuelevate.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The strict reading really rejects what the API server would reject; without these the other tests would prove little. */
class StrictKubernetesModelTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              replicas: 2
              selector:
                matchLabels: {app: demo}
              template:
                metadata:
                  labels: {app: demo}
                spec:
                  containers:
                    - name: demo
                      image: demo:1.0.0
                      env:
                        - name: PORT
                          value: "8000"
                      readinessProbe:
                        httpGet: {path: /health/ready, port: 8000}
                      resources:
                        requests: {cpu: 250m, memory: 512Mi}
            """;

    @Test
    void aValidManifestIsRead() {
        Deployment deployment =
                (Deployment) KubernetesModel.read(Yaml.documents(DEPLOYMENT).get(0));
        assertEquals(2, deployment.getSpec().getReplicas());
        assertEquals(
                "/health/ready",
                deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getReadinessProbe()
                        .getHttpGet()
                        .getPath());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unknown top-level field,         /,                                                  replicass,      replicass",
        "unknown field in spec,           /spec,                                              replica,        spec.replica",
        "misspelt probe in a container,   /spec/template/spec/containers/0,                   readinesProbe,  spec.template.spec.containers[0].readinesProbe",
        "field at the wrong level,        /spec/template/spec/containers/0/readinessProbe,    path,           spec.template.spec.containers[0].readinessProbe.path",
        "unknown field in an env entry,   /spec/template/spec/containers/0/env/0,             secret,         spec.template.spec.containers[0].env[0].secret",
        "unknown field in metadata,       /metadata,                                          label,          metadata.label",
    })
    void anInjectedUnknownFieldFails(String description, String pointer, String field, String expectedPath) {
        ObjectNode manifest = (ObjectNode) Yaml.documents(DEPLOYMENT).get(0);
        ObjectNode target = pointer.equals("/") ? manifest : (ObjectNode) manifest.at(pointer);
        target.put(field, "x");
        KubernetesModel.InvalidManifestException e = assertThrows(
                KubernetesModel.InvalidManifestException.class, () -> KubernetesModel.read(manifest), description);
        assertTrue(e.getMessage().contains("unknown field(s) [" + expectedPath + "]"), e.getMessage());
    }

    @Test
    void unknownFieldsAreFoundInEveryKindAndInListItems() {
        JsonNode policy = Yaml.documents("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: np}
                spec:
                  podSelector: {matchLabels: {app: redis}}
                  ingress:
                    - from:
                        - podSelector: {matchLabels: {app: demo}}
                          namespaceSelectr: {}
                """).get(0);
        KubernetesModel.InvalidManifestException e =
                assertThrows(KubernetesModel.InvalidManifestException.class, () -> KubernetesModel.read(policy));
        assertTrue(e.getMessage().contains("spec.ingress[0].from[0].namespaceSelectr"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a word for a number      | replicas: 2                | replicas: two",
                "a quoted number          | replicas: 2                | replicas: \"2\"",
                "a number for a string    | value: \"8000\"            | value: 8000",
                "a boolean for a string   | value: \"8000\"            | value: true",
                "a list for an object     | 'httpGet: {path: /health/ready, port: 8000}' | 'httpGet: [/health/ready]'",
            })
    void wrongTypesFail(String description, String original, String replacement) {
        String yaml = DEPLOYMENT.replace(original, replacement);
        assertTrue(!yaml.equals(DEPLOYMENT), "the replacement must change the manifest");
        assertThrows(
                RuntimeException.class,
                () -> KubernetesModel.read(Yaml.documents(yaml).get(0)),
                description);
    }

    @Test
    void configMapValuesMustBeStrings() {
        assertThrows(
                RuntimeException.class,
                () -> KubernetesModel.read(Yaml.documents("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data:
                  PORT: 8000
                """).get(0)));
    }

    @Test
    void duplicateKeysFail() {
        assertThrows(RuntimeException.class, () -> Yaml.documents("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data:
                  PORT: "8000"
                  PORT: "9000"
                """));
    }

    @Test
    void unknownKindsAndVersionsFail() {
        assertThrows(
                KubernetesModel.InvalidManifestException.class,
                () -> KubernetesModel.read(Yaml.documents("""
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: old}
                """).get(0)));
        assertThrows(
                KubernetesModel.InvalidManifestException.class,
                () -> KubernetesModel.read(Yaml.documents("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata: {name: typo}
                """).get(0)));
    }

    @Test
    void unknownKustomizationFieldsFail(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resourcs:
                  - deployment.yaml
                """);
        assertThrows(RuntimeException.class, () -> Kustomize.read(dir));
    }

    @Test
    void everyRepositoryManifestIsCheckedByTheSameReader() {
        List<Path> files = ProjectFiles.yamlFiles(ProjectFiles.KUBERNETES);
        Path api = ProjectFiles.BASE.resolve("api-deployment.yaml");
        assertTrue(files.contains(api));
        ObjectNode manifest = (ObjectNode) Yaml.documents(api).get(0);
        ((ObjectNode) manifest.at("/spec/template/spec/containers/0")).putObject("livenessProb");
        assertThrows(KubernetesModel.InvalidManifestException.class, () -> KubernetesModel.read(manifest));
    }
}
