package io.docuelevate.application.delivery;

import io.docuelevate.domain.delivery.RemoteStore;

/**
 * A place a document can be delivered to: its key in {@code document_deliveries} ({@code sftp}, or
 * {@code integration:12} for a user's integration), its reference step name ({@code upload_to_sftp},
 * {@code upload_to_user_integration_12}), a label for people ("SFTP", "Archive share (WEBDAV)") and its store.
 */
public record Destination(String key, String stepName, String label, RemoteStore store) {

    static final String INTEGRATION_KEY_PREFIX = "integration:";
    static final String STEP_PREFIX = "upload_to_";
    static final String INTEGRATION_STEP_PREFIX = "upload_to_user_integration_";

    static Destination configured(String name, RemoteStore store) {
        return new Destination(name, STEP_PREFIX + name, name, store);
    }

    static Destination integration(long id, String label, RemoteStore store) {
        return new Destination(INTEGRATION_KEY_PREFIX + id, INTEGRATION_STEP_PREFIX + id, label, store);
    }

    /** The key of the destination a step delivers to: {@code upload_to_s3} → {@code s3}; empty for other steps. */
    static java.util.Optional<String> keyOfStep(String stepName) {
        if (stepName.startsWith(INTEGRATION_STEP_PREFIX)) {
            return java.util.Optional.of(INTEGRATION_KEY_PREFIX + stepName.substring(INTEGRATION_STEP_PREFIX.length()));
        }
        if (stepName.startsWith(STEP_PREFIX)) {
            return java.util.Optional.of(stepName.substring(STEP_PREFIX.length()));
        }
        return java.util.Optional.empty();
    }
}
