package io.docuelevate.deployment;

import static io.docuelevate.deployment.Cluster.orEmpty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The manifests under kubernetes/ as they are in the repository: strictly valid, and following the production rules. */
class KubernetesManifestsTest {

    static Stream<Path> kustomizations() {
        return Stream.of(ProjectFiles.BASE, ProjectFiles.PRODUCTION);
    }

    @Test
    void everyYamlFileUnderKubernetesIsStrictlyValid() {
        List<Path> files = ProjectFiles.yamlFiles(ProjectFiles.KUBERNETES);
        assertTrue(files.size() >= 15, "expected the manifests under kubernetes/, found " + files);
        List<String> problems = new ArrayList<>();
        int objects = 0;
        for (Path file : files) {
            try {
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    Kustomize.read(file.getParent());
                    continue;
                }
                for (JsonNode document : Yaml.documents(file)) {
                    KubernetesModel.read(document);
                    objects++;
                }
            } catch (RuntimeException e) {
                problems.add(ProjectFiles.ROOT.relativize(file) + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(objects >= 20, "only " + objects + " objects read");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void renderedKustomizationFollowsTheProductionRules(Path dir) {
        Cluster cluster = Cluster.of(Kustomize.render(dir));
        assertEquals(List.of(), ManifestRules.check(cluster), "violations in " + ProjectFiles.ROOT.relativize(dir));
    }

    @Test
    void productionRunsRedisAndMeilisearchBehindNetworkPolicies() {
        Cluster cluster = Cluster.of(Kustomize.render(ProjectFiles.PRODUCTION));
        Set<String> statefulSets = new HashSet<>();
        cluster.all(StatefulSet.class)
                .forEach(s -> statefulSets.add(s.getMetadata().getName()));
        assertEquals(Set.of("docuelevate-redis", "docuelevate-meilisearch"), statefulSets);
        for (StatefulSet set : cluster.all(StatefulSet.class)) {
            Map<String, String> labels =
                    set.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(
                    cluster.all(NetworkPolicy.class).stream()
                            .anyMatch(np -> Cluster.matches(np.getSpec().getPodSelector(), labels)),
                    set.getMetadata().getName() + " has no NetworkPolicy");
        }
        assertEquals(List.of(), ManifestRules.networkPolicies(cluster));
    }

    @Test
    void productionPinsTheRegistryImageAndAReadWriteManyStorageClass() {
        Cluster cluster = Cluster.of(Kustomize.render(ProjectFiles.PRODUCTION));
        Kustomize.Image image = Kustomize.read(ProjectFiles.PRODUCTION).imagesOrEmpty().stream()
                .filter(i -> i.name().equals("docuelevate"))
                .findFirst()
                .orElseThrow();
        String expected = image.newName() + ":" + image.newTag();
        List<Container> containers = new ArrayList<>();
        cluster.appDeployments().forEach(d -> {
            containers.addAll(d.getSpec().getTemplate().getSpec().getContainers());
            containers.addAll(d.getSpec().getTemplate().getSpec().getInitContainers());
        });
        cluster.all(Job.class)
                .forEach(j ->
                        containers.addAll(j.getSpec().getTemplate().getSpec().getContainers()));
        assertEquals(5, containers.size(), "api and worker, their migrate init containers, and the migrate Job");
        containers.forEach(c -> assertEquals(expected, c.getImage(), c.getName()));
        PersistentVolumeClaim workdir = cluster.named(PersistentVolumeClaim.class, "docuelevate-workdir")
                .orElseThrow();
        assertTrue(
                workdir.getSpec().getStorageClassName() != null
                        && !workdir.getSpec().getStorageClassName().isBlank(),
                "the production overlay must name a ReadWriteMany storage class");
        assertEquals(List.of("ReadWriteMany"), workdir.getSpec().getAccessModes());
    }

    @Test
    void secretsAreOnlyReferencedByNameAndTheExampleDocumentsEveryKey() {
        Path example = ProjectFiles.BASE.resolve("secret.example.yaml");
        for (Path file : ProjectFiles.yamlFiles(ProjectFiles.KUBERNETES)) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                Kustomize.Kustomization k = Kustomize.read(file.getParent());
                for (String resource : k.resourcesOrEmpty()) {
                    assertFalse(
                            file.getParent().resolve(resource).normalize().equals(example),
                            file + " must not apply the secret example");
                }
            }
        }
        Map<String, Set<String>> documented = new HashMap<>();
        for (JsonNode node : Yaml.documents(example)) {
            Secret secret = (Secret) KubernetesModel.read(node);
            orEmpty(secret.getStringData())
                    .forEach((key, value) -> assertTrue(
                            value.contains("CHANGE-ME"),
                            "secret.example.yaml must hold placeholders only, " + key + " does not"));
            assertTrue(orEmpty(secret.getData()).isEmpty(), "secret.example.yaml: use stringData placeholders");
            documented.put(
                    secret.getMetadata().getName(),
                    orEmpty(secret.getStringData()).keySet());
        }
        for (Path dir : List.of(ProjectFiles.BASE, ProjectFiles.PRODUCTION)) {
            Cluster cluster = Cluster.of(Kustomize.render(dir));
            assertTrue(cluster.all(Secret.class).isEmpty(), "no Secret object may be applied by " + dir);
            for (Cluster.PodTemplate template : cluster.podTemplates()) {
                template.allContainers()
                        .flatMap(c -> orEmpty(c.getEnv()).stream())
                        .filter(e ->
                                e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .map(EnvVar::getValueFrom)
                        .forEach(from -> {
                            String name = from.getSecretKeyRef().getName();
                            String key = from.getSecretKeyRef().getKey();
                            assertTrue(
                                    documented.getOrDefault(name, Set.of()).contains(key),
                                    template.describe() + " uses Secret " + name + " key " + key
                                            + ", which secret.example.yaml does not document");
                        });
            }
        }
    }

    @Test
    void everyManifestIsUsedByAKustomization() {
        Set<Path> used = new HashSet<>();
        for (Path file : ProjectFiles.yamlFiles(ProjectFiles.KUBERNETES)) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                Path dir = file.getParent();
                Kustomize.Kustomization k = Kustomize.read(dir);
                k.resourcesOrEmpty().forEach(r -> used.add(dir.resolve(r).normalize()));
                k.patchesOrEmpty().forEach(p -> used.add(dir.resolve(p.path()).normalize()));
            }
        }
        for (Path file : ProjectFiles.yamlFiles(ProjectFiles.KUBERNETES)) {
            String name = file.getFileName().toString();
            if (!name.equals("kustomization.yaml")
                    && !name.equals("secret.example.yaml")
                    && !used.contains(file.normalize())) {
                fail(ProjectFiles.ROOT.relativize(file) + " is not referenced by any kustomization.yaml");
            }
        }
    }

    @Test
    void workersAreAutoscaledAndTheApiHasAFixedRedundantCount() {
        Cluster cluster = Cluster.of(Kustomize.render(ProjectFiles.PRODUCTION));
        Deployment api = cluster.appDeployment("api").orElseThrow();
        Deployment worker = cluster.appDeployment("worker").orElseThrow();
        assertTrue(api.getSpec().getReplicas() >= 2);
        assertEquals(null, worker.getSpec().getReplicas(), "the HorizontalPodAutoscaler owns the worker count");
        assertEquals(List.of(), ManifestRules.hpa(cluster));
    }
}
