package io.docuelevate.domain.delivery;

import java.util.Map;
import java.util.Optional;

/**
 * Makes the {@link RemoteStore}s of one kind: the destination configured through the environment (the
 * reference's variables, e.g. {@code SFTP_HOST}, {@code SFTP_ENABLED}) and those of users' integrations. One
 * implementation per adapter, found by CDI; {@link #name()} is the reference's destination name, used in the step
 * name {@code upload_to_<name>} and in {@code /api/send_to_<name>/}.
 */
public interface RemoteStoreProvider {

    /** {@code local}, {@code webdav}, {@code nextcloud}, {@code sftp}, {@code ftp}, {@code s3}, {@code email}, … */
    String name();

    /** The {@code integration_type} of a user integration this provider serves ({@code SFTP}, {@code S3}, …). */
    String integrationType();

    /** The destination configured by the environment, empty when it lacks credentials or is disabled. */
    Optional<RemoteStore> configured();

    /**
     * The store of a user's integration.
     *
     * @param config the integration's non-secret settings (host, port, folder, bucket, …)
     * @param credentials its decrypted secrets (password, token, private key, …)
     * @param hosts where the store may connect: an integration a user typed in passes the URL-upload guard
     * @throws IllegalArgumentException a setting is missing or malformed; the message names it
     */
    RemoteStore forIntegration(Map<String, String> config, Map<String, String> credentials, HostGuard hosts);
}
