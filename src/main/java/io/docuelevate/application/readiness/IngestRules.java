package io.docuelevate.application.readiness;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import java.util.List;
import java.util.stream.Collectors;

/** The checklist items about the ways documents come in: watched folders. Evaluated next to {@link ReadinessRules}. */
public final class IngestRules {

    private IngestRules() {}

    /** Pass when none is configured or all can be scanned; warn naming each folder that cannot. */
    public static ReadinessItem watchFolders(List<WatchFolderFacts.Folder> folders) {
        String title = "Watch folders: present and readable";
        if (folders.isEmpty()) {
            return new ReadinessItem(
                    "watch_folders",
                    title,
                    Status.PASS,
                    "no watch folders configured (WATCH_FOLDERS unset, no WATCH_FOLDER integrations)",
                    "");
        }
        List<WatchFolderFacts.Folder> failing =
                folders.stream().filter(f -> f.error() != null).toList();
        if (failing.isEmpty()) {
            return new ReadinessItem(
                    "watch_folders",
                    title,
                    Status.PASS,
                    folders.size() + " watch folder" + (folders.size() == 1 ? "" : "s") + " present and readable",
                    "");
        }
        return new ReadinessItem(
                "watch_folders",
                title,
                Status.WARN,
                failing.size() + " of " + folders.size() + " watch folders cannot be scanned: "
                        + failing.stream()
                                .map(f -> f.folder() + " (" + f.error() + ")")
                                .collect(Collectors.joining(", ")),
                "Mount the folder again or fix its permissions for the server's user; remove it from WATCH_FOLDERS"
                        + " (or deactivate the integration) if it is no longer used.");
    }
}
