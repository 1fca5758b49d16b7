package io.docuelevate.application.readiness;

import java.util.List;

/** Port: the watched folders and whether each can be scanned now. */
public interface WatchFolderFacts {

    /** One folder: how it is shown, and why it cannot be scanned ({@code null} when it can). */
    record Folder(String folder, String error) {}

    List<Folder> folders();
}
