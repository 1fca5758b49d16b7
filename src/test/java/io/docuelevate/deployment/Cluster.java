package io.docuelevate.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The rendered objects of one kustomization, read into the fabric8 model, with the look-ups the rules need. */
final class Cluster {

    static final String APP_NAME_LABEL = "app.kubernetes.io/name";
    static final String COMPONENT_LABEL = "app.kubernetes.io/component";
    static final String APP_NAME = "docuelevate";

    /** A pod template and who owns it (Deployment, StatefulSet, Job or CronJob). */
    record PodTemplate(HasMetadata owner, Map<String, String> labels, PodSpec spec) {
        String describe() {
            return owner.getKind() + " " + owner.getMetadata().getName();
        }

        String component() {
            return labels.get(COMPONENT_LABEL);
        }

        boolean isApp() {
            return APP_NAME.equals(labels.get(APP_NAME_LABEL));
        }

        Stream<Container> allContainers() {
            return Stream.concat(spec.getContainers().stream(), orEmpty(spec.getInitContainers()).stream());
        }
    }

    final List<HasMetadata> objects;

    Cluster(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    static Cluster of(List<? extends JsonNode> manifests) {
        return new Cluster(manifests.stream().map(KubernetesModel::read).toList());
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream()
                .filter(o -> name.equals(o.getMetadata().getName()))
                .findFirst();
    }

    List<PodTemplate> podTemplates() {
        List<PodTemplate> templates = new ArrayList<>();
        for (HasMetadata object : objects) {
            PodTemplateSpec template = null;
            if (object instanceof Deployment d) {
                template = d.getSpec().getTemplate();
            } else if (object instanceof StatefulSet s) {
                template = s.getSpec().getTemplate();
            } else if (object instanceof Job j) {
                template = j.getSpec().getTemplate();
            } else if (object instanceof CronJob c) {
                template = c.getSpec().getJobTemplate().getSpec().getTemplate();
            }
            if (template != null) {
                Map<String, String> labels = template.getMetadata() == null
                        ? Map.of()
                        : orEmpty(template.getMetadata().getLabels());
                templates.add(new PodTemplate(object, labels, template.getSpec()));
            }
        }
        return templates;
    }

    /** The DocuElevate Deployment of a component (api or worker), if present. */
    Optional<Deployment> appDeployment(String component) {
        return all(Deployment.class).stream()
                .filter(d -> {
                    Map<String, String> labels =
                            orEmpty(d.getSpec().getTemplate().getMetadata().getLabels());
                    return APP_NAME.equals(labels.get(APP_NAME_LABEL)) && component.equals(labels.get(COMPONENT_LABEL));
                })
                .findFirst();
    }

    List<Deployment> appDeployments() {
        return all(Deployment.class).stream()
                .filter(d -> APP_NAME.equals(
                        orEmpty(d.getSpec().getTemplate().getMetadata().getLabels())
                                .get(APP_NAME_LABEL)))
                .toList();
    }

    Optional<String> configValue(String key) {
        return all(ConfigMap.class).stream()
                .map(c -> orEmpty(c.getData()).get(key))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Kubernetes label-selector semantics; an empty selector selects everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        for (Map.Entry<String, String> required :
                orEmpty(selector.getMatchLabels()).entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement requirement : orEmpty(selector.getMatchExpressions())) {
            String value = labels.get(requirement.getKey());
            List<String> values = orEmpty(requirement.getValues());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("unknown selector operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
