package io.docuelevate.domain.watch;

import java.nio.file.Path;

/**
 * A folder the server polls: {@code key} names it in the ledger, {@code ownerId} owns its documents
 * ({@code null} for a system folder from {@code WATCH_FOLDERS}), {@code integrationId} is the user integration
 * it comes from ({@code null} for system folders).
 */
public record WatchFolder(String key, Path path, String ownerId, Long integrationId) {

    /** A folder from {@code WATCH_FOLDERS}: no owner, like uploads in single-user mode. */
    public static WatchFolder system(Path path) {
        return new WatchFolder("system:" + path, path, null, null);
    }

    /** A user's folder from a {@code WATCH_FOLDER} integration; {@code ""} (single-user mode) owns nothing. */
    public static WatchFolder ofIntegration(long integrationId, Path path, String ownerId) {
        String owner = ownerId == null || ownerId.isEmpty() ? null : ownerId;
        return new WatchFolder("integration:" + integrationId + ":" + path, path, owner, integrationId);
    }

    /**
     * How the folder is shown in health and readiness answers: a system folder by its path, a user's by its
     * integration id only ({@code /api/health} is open; the user sees the path and error in the integration).
     */
    public String label() {
        return integrationId == null ? path.toString() : "integration " + integrationId;
    }
}
