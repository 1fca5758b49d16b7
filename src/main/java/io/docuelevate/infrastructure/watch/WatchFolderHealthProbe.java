package io.docuelevate.infrastructure.watch;

import io.docuelevate.application.watch.WatchFolders;
import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code watch_folders}: every watched folder is there and readable (and its last scan on this replica worked).
 * A missing folder degrades the server, it does not stop it: the other folders and uploads keep working.
 */
@ApplicationScoped
public class WatchFolderHealthProbe implements HealthProbe {

    @Inject
    WatchFolders folders;

    @Override
    public String name() {
        return "watch_folders";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        List<WatchFolders.FolderState> states;
        try {
            states = folders.inspect();
        } catch (RuntimeException e) {
            return ComponentHealth.degraded(
                    "watch folders cannot be listed: " + e.getClass().getSimpleName(), Map.of());
        }
        if (states.isEmpty()) {
            return ComponentHealth.notConfigured();
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, String> each = new LinkedHashMap<>();
        states.forEach(s -> each.put(s.folder(), s.available() ? "ok" : s.error()));
        facts.put("folders", each);
        List<WatchFolders.FolderState> failing =
                states.stream().filter(s -> !s.available()).toList();
        if (failing.isEmpty()) {
            return ComponentHealth.ok(facts);
        }
        return ComponentHealth.degraded(
                failing.size() + " of " + states.size() + " watch folders unavailable: "
                        + failing.stream()
                                .map(s -> s.folder() + " (" + s.error() + ")")
                                .collect(Collectors.joining(", ")),
                facts);
    }
}
