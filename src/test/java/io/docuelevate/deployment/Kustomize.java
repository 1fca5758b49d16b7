package io.docuelevate.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small kustomize for the tests (no kustomize or kubectl binary is available to the build): it
 * renders a kustomization the way {@code kubectl kustomize} does for the features these manifests
 * use, so the checks see what the cluster would get. Supported: {@code resources} (files and
 * directories), {@code components}, {@code namespace}, {@code images} and {@code patches} with a
 * {@code path} to a strategic-merge patch. Any other kustomization field fails to parse, on purpose:
 * extend this class when the manifests start using one.
 */
final class Kustomize {

    /** The kustomization.yaml fields supported here (unknown ones fail through the strict mapper). */
    record Kustomization(
            String apiVersion,
            String kind,
            String namespace,
            List<String> resources,
            List<String> components,
            List<Image> images,
            List<Patch> patches) {
        List<String> resourcesOrEmpty() {
            return resources == null ? List.of() : resources;
        }

        List<String> componentsOrEmpty() {
            return components == null ? List.of() : components;
        }

        List<Image> imagesOrEmpty() {
            return images == null ? List.of() : images;
        }

        List<Patch> patchesOrEmpty() {
            return patches == null ? List.of() : patches;
        }
    }

    record Image(String name, String newName, String newTag, String digest) {}

    record Patch(String path) {}

    /** Strategic-merge keys of the lists these manifests patch; other lists are replaced, as kustomize does. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "imagePullSecrets", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {}

    static Kustomization read(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " has no kustomization.yaml");
        }
        return Yaml.convert(Yaml.single(file), Kustomization.class);
    }

    /** The objects {@code kubectl kustomize dir} would print. */
    static List<ObjectNode> render(Path dir) {
        Kustomization kustomization = read(dir);
        if (!"Kustomization".equals(kustomization.kind())) {
            throw new IllegalArgumentException(
                    dir + ": kind " + kustomization.kind() + " cannot be rendered on its own");
        }
        List<ObjectNode> objects = new ArrayList<>();
        apply(dir, kustomization, objects);
        return objects;
    }

    private static void apply(Path dir, Kustomization kustomization, List<ObjectNode> objects) {
        for (String resource : kustomization.resourcesOrEmpty()) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else if (Files.isRegularFile(path)) {
                Yaml.documents(path).forEach(node -> objects.add((ObjectNode) node));
            } else {
                throw new IllegalArgumentException(dir + ": resource " + resource + " does not exist");
            }
        }
        for (String component : kustomization.componentsOrEmpty()) {
            Path path = dir.resolve(component).normalize();
            Kustomization nested = read(path);
            if (!"Component".equals(nested.kind())) {
                throw new IllegalArgumentException(path + " is listed as a component but is a " + nested.kind());
            }
            apply(path, nested, objects);
        }
        for (Patch patch : kustomization.patchesOrEmpty()) {
            if (patch.path() == null) {
                throw new IllegalArgumentException(dir + ": only patches with a path are supported here");
            }
            for (JsonNode document : Yaml.documents(dir.resolve(patch.path()))) {
                applyPatch(objects, (ObjectNode) document, dir.resolve(patch.path()));
            }
        }
        if (kustomization.namespace() != null) {
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asString())) {
                    object.withObjectProperty("metadata").put("namespace", kustomization.namespace());
                }
            }
        }
        for (Image image : kustomization.imagesOrEmpty()) {
            objects.forEach(object -> setImages(object, image));
        }
    }

    private static void applyPatch(List<ObjectNode> objects, ObjectNode patch, Path file) {
        String kind = patch.path("kind").asString();
        String name = patch.path("metadata").path("name").asString();
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode target = objects.get(i);
            if (kind.equals(target.path("kind").asString())
                    && name.equals(target.path("metadata").path("name").asString())) {
                JsonNode merged = merge(target, patch, null);
                if (merged == null) {
                    objects.remove(i);
                } else {
                    objects.set(i, (ObjectNode) merged);
                }
                return;
            }
        }
        throw new IllegalArgumentException(file + ": patch target " + kind + " " + name + " not found");
    }

    /** Strategic merge of {@code patch} into a copy of {@code target}; null means "delete". */
    static JsonNode merge(JsonNode target, JsonNode patch, String field) {
        if (patch.isObject() && "delete".equals(patch.path("$patch").asString(null))) {
            return null;
        }
        if (patch.isObject() && target != null && target.isObject()) {
            ObjectNode result = ((ObjectNode) target).deepCopy();
            for (Map.Entry<String, JsonNode> entry : patch.properties()) {
                if (entry.getKey().equals("$patch")) {
                    continue;
                }
                if (entry.getValue().isNull()) {
                    result.remove(entry.getKey());
                    continue;
                }
                JsonNode merged = merge(result.get(entry.getKey()), entry.getValue(), entry.getKey());
                if (merged == null) {
                    result.remove(entry.getKey());
                } else {
                    result.set(entry.getKey(), merged);
                }
            }
            return result;
        }
        String key = MERGE_KEYS.get(field);
        if (key != null && patch.isArray() && target != null && target.isArray()) {
            ArrayNode result = ((ArrayNode) target).deepCopy();
            for (JsonNode item : patch) {
                int index = indexOf(result, key, item.path(key));
                if (index < 0) {
                    if (!"delete".equals(item.path("$patch").asString(null))) {
                        result.add(item.deepCopy());
                    }
                } else {
                    JsonNode merged = merge(result.get(index), item, null);
                    if (merged == null) {
                        result.remove(index);
                    } else {
                        result.set(index, merged);
                    }
                }
            }
            return result;
        }
        return patch.deepCopy();
    }

    private static int indexOf(ArrayNode items, String key, JsonNode value) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path(key).equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static void setImages(JsonNode node, Image image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                if (node.path(list).isArray()) {
                    for (JsonNode container : node.path(list)) {
                        String current = container.path("image").asString("");
                        if (ImageReference.parse(current).name().equals(image.name())) {
                            ((ObjectNode) container).put("image", rewrite(current, image));
                        }
                    }
                }
            }
            Iterator<JsonNode> children = node.values().iterator();
            while (children.hasNext()) {
                setImages(children.next(), image);
            }
        } else if (node.isArray()) {
            node.forEach(child -> setImages(child, image));
        }
    }

    private static String rewrite(String current, Image image) {
        ImageReference reference = ImageReference.parse(current);
        String name = image.newName() != null ? image.newName() : reference.name();
        if (image.digest() != null) {
            return name + "@" + image.digest();
        }
        String tag = image.newTag() != null ? image.newTag() : reference.tag();
        return tag == null ? name : name + ":" + tag;
    }
}
