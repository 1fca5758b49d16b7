package io.docuelevate.application.intake;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The settings of URL upload and machine intake (bound in {@code infrastructure.config}). */
public interface IntakeOptions {

    /**
     * {@code URL_UPLOAD_ALLOW_HOSTS}: host names a URL upload may fetch from although their addresses are local or
     * private. For tests only; empty (the default) in production.
     */
    Set<String> urlAllowHosts();

    /** Limit on connecting to the remote server ({@code URL_UPLOAD_CONNECT_TIMEOUT}). */
    Duration urlConnectTimeout();

    /** Limit on the whole download, redirects included ({@code HTTP_REQUEST_TIMEOUT}). */
    Duration urlTotalTimeout();

    /** {@code DOCUMENT_INTAKE_SHARED_SECRET}; empty = the shared-secret header is refused. */
    Optional<String> intakeSharedSecret();

    /** {@code DOCUMENT_INTAKE_SHARED_OWNER_ID}: the owner of documents taken in with the shared secret. */
    String intakeSharedOwnerId();
}
