package io.docuelevate.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The test-side kustomize renders what kubectl would for the features the manifests use. */
class KustomizeTest {

    @Test
    void strategicMergeMergesNamedListsAndReplacesOthers() {
        JsonNode target = Yaml.documents("""
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          env:
                            - {name: A, value: "1"}
                            - {name: B, value: "2"}
                        - name: sidecar
                          image: side:1
                  tls:
                    - hosts: [old.example.com]
                """).get(0);
        JsonNode patch = Yaml.documents("""
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - {name: B, value: "20"}
                            - {name: C, value: "3"}
                        - name: sidecar
                          $patch: delete
                  tls:
                    - hosts: [new.example.com]
                """).get(0);
        JsonNode merged = Kustomize.merge(target, patch, null);
        JsonNode containers = merged.at("/spec/template/spec/containers");
        assertEquals(1, containers.size());
        assertEquals("app:1", containers.get(0).path("image").asString());
        assertEquals(
                List.of("A=1", "B=20", "C=3"),
                containers
                        .get(0)
                        .path("env")
                        .valueStream()
                        .map(e -> e.path("name").asString() + "="
                                + e.path("value").asString())
                        .toList());
        assertEquals("new.example.com", merged.at("/spec/tls/0/hosts/0").asString());
        assertEquals(1, merged.at("/spec/tls").size());
        assertEquals(
                "app:1", target.at("/spec/template/spec/containers/0/image").asString(), "the target is not modified");
        assertEquals(2, target.at("/spec/template/spec/containers").size());
    }

    @Test
    void nullRemovesAField() {
        JsonNode merged = Kustomize.merge(
                Yaml.documents("spec: {replicas: 2, paused: false}").get(0),
                Yaml.documents("spec: {replicas: null}").get(0),
                null);
        assertFalse(merged.path("spec").has("replicas"));
        assertTrue(merged.path("spec").has("paused"));
    }

    @Test
    void overlayResourcesComponentsPatchesNamespaceAndImages(@TempDir Path dir) throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path component = Files.createDirectories(dir.resolve("component"));
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(base.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [app.yaml]
                """);
        Files.writeString(base.resolve("app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      initContainers:
                        - {name: init, image: "app:1.0"}
                      containers:
                        - {name: app, image: "app:1.0"}
                        - {name: proxy, image: "registry:5000/proxy:2"}
                """);
        Files.writeString(component.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                resources: [cache.yaml]
                """);
        Files.writeString(component.resolve("cache.yaml"), """
                apiVersion: v1
                kind: Service
                metadata: {name: cache}
                """);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: prod
                resources: [../base]
                components: [../component]
                images:
                  - {name: app, newName: registry.example.com/app, newTag: "2.0"}
                patches:
                  - path: patch.yaml
                """);
        Files.writeString(overlay.resolve("patch.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 3
                """);
        List<ObjectNode> rendered = Kustomize.render(overlay);
        assertEquals(2, rendered.size());
        ObjectNode app = rendered.get(0);
        assertEquals(3, app.at("/spec/replicas").asInt());
        assertEquals("prod", app.at("/metadata/namespace").asString());
        assertEquals("prod", rendered.get(1).at("/metadata/namespace").asString());
        assertEquals(
                "registry.example.com/app:2.0",
                app.at("/spec/template/spec/containers/0/image").asString());
        assertEquals(
                "registry.example.com/app:2.0",
                app.at("/spec/template/spec/initContainers/0/image").asString());
        assertEquals(
                "registry:5000/proxy:2",
                app.at("/spec/template/spec/containers/1/image").asString());
    }

    @Test
    void aPatchWithoutTargetFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                patches:
                  - path: patch.yaml
                """);
        Files.writeString(dir.resolve("patch.yaml"), """
                apiVersion: v1
                kind: Service
                metadata: {name: missing}
                """);
        assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
    }

    @Test
    void imageReferences() {
        assertEquals(new ImageReference("docuelevate", "0.1.0", null), ImageReference.parse("docuelevate:0.1.0"));
        assertEquals(
                new ImageReference("registry:5000/team/app", null, null),
                ImageReference.parse("registry:5000/team/app"));
        assertEquals(new ImageReference("app", null, "sha256:abc"), ImageReference.parse("app@sha256:abc"));
        assertTrue(ImageReference.parse("icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal")
                .isPinned());
        assertTrue(ImageReference.parse("app@sha256:abc").isPinned());
        assertFalse(ImageReference.parse("app:latest").isPinned());
        assertFalse(ImageReference.parse("registry:5000/app").isPinned());
        assertNull(ImageReference.parse("app").tag());
    }
}
