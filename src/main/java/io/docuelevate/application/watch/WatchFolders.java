package io.docuelevate.application.watch;

import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.integration.UserIntegration;
import io.docuelevate.domain.watch.WatchFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders to watch now: the system folders of {@code WATCH_FOLDERS} and the active {@code WATCH_FOLDER}
 * integrations of all users (each checked against {@code USER_WATCH_FOLDER_ROOTS} again), and how each is doing:
 * what health and the readiness report show.
 */
@ApplicationScoped
public class WatchFolders {

    /** A folder to scan, or why it cannot be ({@code problem}; then {@code folder.path()} is as configured). */
    public record Target(WatchFolder folder, String problem) {}

    /** How a folder is doing: {@code error} is null when it is there and readable and its last scan here worked. */
    public record FolderState(String folder, boolean system, String error) {
        public boolean available() {
            return error == null;
        }
    }

    @Inject
    WatchFolderOptions options;

    @Inject
    IntegrationRepository integrations;

    private final Map<String, String> scanErrors = new ConcurrentHashMap<>();

    /** Every configured folder, system ones first. */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (String configured : options.systemFolders()) {
            Path path;
            try {
                path = Path.of(configured);
            } catch (InvalidPathException e) {
                targets.add(
                        new Target(WatchFolder.system(Path.of("/invalid")), "WATCH_FOLDERS entry is not a valid path"));
                continue;
            }
            targets.add(new Target(
                    WatchFolder.system(path),
                    path.isAbsolute()
                            ? null
                            : "WATCH_FOLDERS entries must be absolute paths, got '" + configured + "'"));
        }
        for (UserIntegration integration : integrations.active(UserIntegration.WATCH_FOLDER)) {
            targets.add(target(integration));
        }
        return targets;
    }

    private Target target(UserIntegration integration) {
        String configured = Integrations.parse(integration.getConfig()).get("path") instanceof JsonString path
                ? path.getString()
                : "";
        Path shown;
        try {
            shown = Path.of(configured);
        } catch (InvalidPathException e) {
            shown = Path.of("/invalid");
        }
        try {
            Path real = UserFolderPolicy.resolve(configured, options.userRoots());
            return new Target(WatchFolder.ofIntegration(integration.getId(), real, integration.getOwnerId()), null);
        } catch (IntegrationException e) {
            return new Target(
                    WatchFolder.ofIntegration(integration.getId(), shown, integration.getOwnerId()), e.getMessage());
        }
    }

    /** Checks every folder now (exists, is a folder, readable) and adds this replica's last scan error. */
    public List<FolderState> inspect() {
        List<FolderState> states = new ArrayList<>();
        for (Target target : targets()) {
            WatchFolder folder = target.folder();
            String error = target.problem() != null ? target.problem() : accessProblem(folder.path());
            if (error == null) {
                error = scanErrors.get(folder.key());
            }
            states.add(new FolderState(folder.label(), folder.integrationId() == null, error));
        }
        return states;
    }

    /** Why the folder cannot be scanned now, or null. */
    static String accessProblem(Path path) {
        if (!Files.exists(path)) {
            return "folder does not exist";
        }
        if (!Files.isDirectory(path)) {
            return "not a folder";
        }
        if (!Files.isReadable(path) || !Files.isExecutable(path)) {
            return "folder is not readable by the server";
        }
        return null;
    }

    /** Records a scan's outcome on this replica ({@code error} null: it worked). */
    void recordScan(WatchFolder folder, String error) {
        if (error == null) {
            scanErrors.remove(folder.key());
        } else {
            scanErrors.put(folder.key(), error);
        }
    }
}
