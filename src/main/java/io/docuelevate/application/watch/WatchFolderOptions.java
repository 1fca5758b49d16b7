package io.docuelevate.application.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The watched-folder settings (read from configuration). */
public interface WatchFolderOptions {

    /** {@code WATCH_FOLDERS}: the system folders, as configured (each should be absolute). */
    List<String> systemFolders();

    /** {@code WATCH_FOLDER_POLL_INTERVAL} minutes, or {@code WATCH_FOLDER_POLL_SECONDS} when set. */
    Duration pollInterval();

    /** {@code WATCH_FOLDER_DELETE_AFTER_PROCESS}: delete a source file once its document is committed. */
    boolean deleteAfterProcess();

    /** {@code USER_WATCH_FOLDER_ROOTS}: the folders users' watch folders must lie inside; empty refuses them. */
    List<Path> userRoots();
}
