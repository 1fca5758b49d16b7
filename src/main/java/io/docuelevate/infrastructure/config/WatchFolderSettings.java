package io.docuelevate.infrastructure.config;

import io.docuelevate.application.watch.WatchFolderOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Watched-folder settings (reference names; {@code WATCH_FOLDER_POLL_SECONDS} and the user roots are ours). */
@ApplicationScoped
public class WatchFolderSettings implements WatchFolderOptions {

    @Inject
    @ConfigProperty(name = "WATCH_FOLDERS")
    Optional<String> watchFolders;

    @Inject
    @ConfigProperty(name = "WATCH_FOLDER_POLL_INTERVAL")
    int pollMinutes;

    /** Overrides {@code WATCH_FOLDER_POLL_INTERVAL} with seconds (tests, or folders that need a faster poll). */
    @Inject
    @ConfigProperty(name = "WATCH_FOLDER_POLL_SECONDS")
    Optional<Integer> pollSeconds;

    @Inject
    @ConfigProperty(name = "WATCH_FOLDER_DELETE_AFTER_PROCESS")
    boolean deleteAfterProcess;

    @Inject
    @ConfigProperty(name = "USER_WATCH_FOLDER_ROOTS")
    Optional<String> userRoots;

    @Override
    public List<String> systemFolders() {
        return split(watchFolders);
    }

    @Override
    public Duration pollInterval() {
        if (pollSeconds.isPresent()) {
            return Duration.ofSeconds(Math.max(1, pollSeconds.get()));
        }
        return Duration.ofMinutes(Math.max(1, pollMinutes));
    }

    @Override
    public boolean deleteAfterProcess() {
        return deleteAfterProcess;
    }

    /** The roots; an entry that is not an absolute path is ignored (it would allow nothing safely). */
    @Override
    public List<Path> userRoots() {
        return split(userRoots).stream()
                .map(WatchFolderSettings::absolute)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Path> absolute(String root) {
        try {
            Path path = Path.of(root);
            return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static List<String> split(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
