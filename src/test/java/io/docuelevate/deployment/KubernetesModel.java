package io.docuelevate.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads manifests into the fabric8 Kubernetes model, strictly. The fabric8 classes keep unknown
 * fields in {@code additionalProperties} (a Jackson any-setter) instead of failing, so after
 * deserialising we walk the whole object graph and reject any non-empty {@code additionalProperties}:
 * a misspelt {@code readinesProbe} or a field at the wrong level then fails like {@code kubectl
 * apply --validate=strict} would.
 */
final class KubernetesModel {

    /** The API versions and kinds these manifests may use; anything else is an error (add it here deliberately). */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("batch/v1/CronJob", CronJob.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class));

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private KubernetesModel() {}

    /** Thrown when a manifest does not fit the Kubernetes API types. */
    static final class InvalidManifestException extends RuntimeException {
        InvalidManifestException(String message) {
            super(message);
        }

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String typeKey(JsonNode node) {
        return node.path("apiVersion").asString("") + "/" + node.path("kind").asString("");
    }

    static String describe(JsonNode node) {
        return typeKey(node) + " " + node.path("metadata").path("name").asString("<unnamed>");
    }

    /** Deserialises one manifest into its fabric8 type and fails on any field the API does not have. */
    static HasMetadata read(JsonNode node) {
        Class<? extends HasMetadata> type = KINDS.get(typeKey(node));
        if (type == null) {
            throw new InvalidManifestException(describe(node) + ": kind not known to these tests (known: "
                    + KINDS.keySet().stream().sorted().toList() + ")");
        }
        HasMetadata object;
        try {
            object = Yaml.convert(node, type);
        } catch (RuntimeException e) {
            throw new InvalidManifestException(describe(node) + ": " + e.getMessage(), e);
        }
        List<String> unknown = unknownFields(object);
        if (!unknown.isEmpty()) {
            throw new InvalidManifestException(describe(node) + ": unknown field(s) " + unknown);
        }
        return object;
    }

    /** Paths (like {@code spec.template.spec.containers[0].readinesProbe}) of every field the model did not recognise. */
    static List<String> unknownFields(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "[" + key + "]", found));
            return;
        }
        if (!value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        List<Method> getters = new ArrayList<>();
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getName().startsWith("get")
                    && !method.getName().equals("getClass")) {
                getters.add(method);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            String property = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                Map<?, ?> extra = (Map<?, ?>) invoke(getter, value);
                if (extra != null) {
                    extra.keySet().forEach(key -> found.add(join(path, String.valueOf(key))));
                }
            } else if (isModelOrContainer(getter.getReturnType())) {
                walk(invoke(getter, value), join(path, property), found);
            }
        }
    }

    private static boolean isModelOrContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type == Object.class
                || (type.getPackageName().startsWith(MODEL_PACKAGE) && !type.isEnum());
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + getter + " of " + target.getClass().getName(), e);
        }
    }

    private static String join(String path, String property) {
        return path.isEmpty() ? property : path + "." + property;
    }
}
